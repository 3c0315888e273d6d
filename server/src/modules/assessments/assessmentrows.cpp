// SPDX-License-Identifier: Apache-2.0
#include "assessmentrows.h"

#include "assessmentservice.h"
#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>
#include <wn/common/assessments.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wn::assessmentrows {

QList<Category> loadCategories(QSqlDatabase db, qint64 instrumentId)
{
    Sql q(db,
          u"SELECT id, parent_id, code, name, description, low_text, mid_text, high_text "
          u"FROM assessment_categories WHERE instrument_id = :instrument "
          u"ORDER BY CASE WHEN parent_id IS NULL THEN 0 ELSE 1 END, position, id"_s);
    q.bind(u":instrument"_s, instrumentId).exec();
    QList<Category> categories;
    while (q.next()) {
        categories.append({ .id = q.id(u"id"_s),
                            .parentId = q.id(u"parent_id"_s),
                            .code = q.text(u"code"_s),
                            .name = q.text(u"name"_s),
                            .description = q.text(u"description"_s),
                            .lowText = q.text(u"low_text"_s),
                            .midText = q.text(u"mid_text"_s),
                            .highText = q.text(u"high_text"_s) });
    }
    return categories;
}

std::optional<qint64> categoryId(QSqlDatabase db, qint64 instrumentId, const QString &code)
{
    const std::optional<SqlRow> found
            = Sql(db,
                  u"SELECT id FROM assessment_categories WHERE instrument_id = :instrument "
                  u"AND code = :code"_s)
                      .bind(u":instrument"_s, instrumentId)
                      .bind(u":code"_s, code)
                      .one();
    if (!found)
        return std::nullopt;
    return found->id(u"id"_s);
}

QJsonObject categoryJson(const Category &category)
{
    return { { u"id"_s, category.id },
             { u"code"_s, category.code },
             { u"name"_s, category.name },
             { u"description"_s, textOrNull(category.description) },
             { u"parent_id"_s, category.parentId ? QJsonValue(category.parentId) : QJsonValue() },
             { u"bands"_s,
               QJsonObject { { u"low"_s, textOrNull(category.lowText) },
                             { u"moderate"_s, textOrNull(category.midText) },
                             { u"high"_s, textOrNull(category.highText) } } } };
}

QString questionColumns()
{
    return u"q.id, q.instrument_id, q.category_id, q.passage_id, q.type, q.text, q.reverse_keyed, "
           u"q.options, q.pair_code, q.active, q.position, q.created_at, q.updated_at, "
           u"(SELECT c.code FROM assessment_categories c WHERE c.id = q.category_id) "
           u"AS category_code"_s;
}

namespace {

QJsonArray storedOptions(const Sql &row)
{
    return QJsonDocument::fromJson(row.text(u"options"_s).toUtf8()).array();
}

} // namespace

QJsonObject questionJson(const Sql &row, bool withKeys)
{
    QJsonArray options;
    for (const QJsonValue &value : storedOptions(row)) {
        const QJsonObject option = value.toObject();
        QJsonObject shown { { u"key"_s, option.value(u"key"_s) },
                            { u"text"_s, option.value(u"text"_s) } };
        if (withKeys) {
            shown.insert(u"correct"_s, option.value(u"correct"_s).toBool());
            shown.insert(u"weight"_s, option.value(u"weight"_s).toDouble());
        }
        options.append(shown);
    }
    QJsonObject json { { u"id"_s, row.id(u"id"_s) },
                       { u"type"_s, row.text(u"type"_s) },
                       { u"text"_s, row.text(u"text"_s) },
                       { u"options"_s, options },
                       { u"passage_id"_s, row.integerOrNull(u"passage_id"_s) } };
    if (withKeys) {
        json.insert(u"instrument_id"_s, row.id(u"instrument_id"_s));
        json.insert(u"category"_s, row.textOrNull(u"category_code"_s));
        json.insert(u"category_id"_s, row.integerOrNull(u"category_id"_s));
        json.insert(u"reverse_keyed"_s, row.flag(u"reverse_keyed"_s));
        json.insert(u"pair_code"_s, row.textOrNull(u"pair_code"_s));
        json.insert(u"active"_s, row.flag(u"active"_s));
        json.insert(u"position"_s, row.integer(u"position"_s));
        json.insert(u"created_at"_s, row.text(u"created_at"_s));
        json.insert(u"updated_at"_s, row.text(u"updated_at"_s));
    }
    return json;
}

scoring::Item itemOf(const Sql &row)
{
    scoring::Item item { .id = row.id(u"id"_s),
                         .type = row.text(u"type"_s),
                         .categoryId = row.id(u"category_id"_s),
                         .reverse = row.flag(u"reverse_keyed"_s),
                         .pairCode = row.text(u"pair_code"_s) };
    for (const QJsonValue &value : storedOptions(row)) {
        const QJsonObject option = value.toObject();
        item.options.append({ option.value(u"key"_s).toString(), option.value(u"correct"_s).toBool(),
                              option.value(u"weight"_s).toDouble() });
    }
    return item;
}

namespace {

/** What a question's options must hold for its type; problems name @p field. */
void checkOptions(const QString &type, const QJsonArray &options, bool reverse,
                  const QString &field, const QString &reverseField, QStringList &problems)
{
    // The type is named as people read it ("One answer"), since the message is shown beside the
    // field of a form.
    const QuestionType *kind = questionType(type);
    const QString named = u"“%1”"_s.arg(QLatin1StringView(kind->label));
    if (reverse && type != u"likert"_s)
        problems.append(u"%1 applies only to “%2” questions"_s.arg(
                reverseField, QLatin1StringView(questionType(u"likert"_s)->label)));
    if (!kind->hasOptions) {
        if (!options.isEmpty())
            problems.append(u"%1 must be empty for a %2 question"_s.arg(field, named));
        return;
    }
    if (options.size() < 2) {
        problems.append(u"%1 must hold at least 2 options for a %2 question"_s.arg(field, named));
        return;
    }
    QSet<QString> keys;
    int correct = 0;
    bool weighted = true;
    for (const QJsonValue &value : options) {
        const QJsonObject option = value.toObject();
        const QString key = option.value(u"key"_s).toString();
        if (keys.contains(key))
            problems.append(u"%1 must not repeat the key %2"_s.arg(field, key));
        keys.insert(key);
        correct += option.value(u"correct"_s).toBool() ? 1 : 0;
        weighted = weighted && option.value(u"weight"_s).isDouble();
    }
    if ((type == u"single_choice"_s || type == u"passage"_s) && correct != 1)
        problems.append(
                u"%1 must mark exactly one option correct for a %2 question"_s.arg(field, named));
    if (type == u"multiple_choice"_s && correct < 1)
        problems.append(
                u"%1 must mark at least one option correct for a %2 question"_s.arg(field, named));
    if (type == u"scenario"_s && !weighted)
        problems.append(u"%1 must give every option a weight for a %2 question"_s.arg(field, named));
}

/** The options as stored: key, text, and the correct flag and weight the type uses. */
QString storedOptionsText(const QJsonArray &options)
{
    QJsonArray stored;
    for (const QJsonValue &value : options) {
        const QJsonObject option = value.toObject();
        stored.append(QJsonObject { { u"key"_s, option.value(u"key"_s).toString() },
                                    { u"text"_s, option.value(u"text"_s).toString() },
                                    { u"correct"_s, option.value(u"correct"_s).toBool() },
                                    { u"weight"_s, option.value(u"weight"_s).toDouble() } });
    }
    return QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 writeQuestion(QSqlDatabase db, const Instrument &instrument, const QJsonObject &input,
                     qint64 id, const QString &prefix, std::optional<qint64> passageId,
                     const QString &seedKey)
{
    auto field = [&prefix](const QString &name) {
        return prefix.isEmpty() ? name : prefix + u'.' + name;
    };
    QString type = input.value(u"type"_s).toString();
    QJsonArray options = input.value(u"options"_s).toArray();
    bool reverse = input.value(u"reverse_keyed"_s).toBool();
    if (id) {
        const SqlRow current = Sql(db,
                                   u"SELECT type, options, reverse_keyed, passage_id FROM "
                                   u"assessment_questions WHERE id = :id"_s)
                                       .bind(u":id"_s, id)
                                       .single();
        if (!input.contains(u"type"_s))
            type = current.text(u"type"_s);
        if (!input.contains(u"options"_s))
            options = QJsonDocument::fromJson(current.text(u"options"_s).toUtf8()).array();
        if (!input.contains(u"reverse_keyed"_s))
            reverse = current.flag(u"reverse_keyed"_s);
        if (!passageId && !current.isNull(u"passage_id"_s))
            passageId = current.id(u"passage_id"_s);
    }
    QStringList problems;
    checkOptions(type, options, reverse, field(u"options"_s), field(u"reverse_keyed"_s), problems);

    QVariant category = nullIfNotNumber(QJsonValue());
    if (input.contains(u"category"_s) && !input.value(u"category"_s).isNull()) {
        const std::optional<qint64> found
                = categoryId(db, instrument.id, input.value(u"category"_s).toString());
        if (found)
            category = *found;
        else
            problems.append(u"%1 must be the code of one of the instrument's categories"_s.arg(
                    field(u"category"_s)));
    }
    if (input.contains(u"passage_id"_s) && !input.value(u"passage_id"_s).isNull()) {
        passageId = input.value(u"passage_id"_s).toInteger();
        if (!Sql(db,
                 u"SELECT 1 FROM assessment_passages WHERE id = :id AND instrument_id = "
                 u":instrument"_s)
                     .bind(u":id"_s, *passageId)
                     .bind(u":instrument"_s, instrument.id)
                     .exists())
            problems.append(
                    u"%1 must be a passage of this instrument"_s.arg(field(u"passage_id"_s)));
    }
    if (type == u"passage"_s && !passageId)
        problems.append(u"%1 is required for a passage question"_s.arg(field(u"passage_id"_s)));
    if (!problems.isEmpty())
        throw ApiError::badRequest(problems);

    const QString now = nowText();
    const QVariant passage = nullIfNotNumber(passageId ? QJsonValue(*passageId) : QJsonValue());
    if (!id) {
        return insertRowReturningId(db, u"assessment_questions"_s,
                                    { { u"instrument_id"_s, instrument.id },
                                      { u"category_id"_s, category },
                                      { u"passage_id"_s, passage },
                                      { u"seed_key"_s, nullIfEmpty(seedKey) },
                                      { u"type"_s, type },
                                      { u"text"_s, input.value(u"text"_s).toString() },
                                      { u"reverse_keyed"_s, reverse },
                                      { u"options"_s, storedOptionsText(options) },
                                      { u"pair_code"_s, nullIfEmpty(input.value(u"pair_code"_s)) },
                                      { u"active"_s, input.value(u"active"_s).toBool(true) },
                                      { u"position"_s, input.value(u"position"_s).toInt() },
                                      { u"created_at"_s, now },
                                      { u"updated_at"_s, now } });
    }
    SqlChanges changes;
    changes.set(u"type"_s, type)
            .set(u"options"_s, storedOptionsText(options))
            .set(u"reverse_keyed"_s, reverse)
            .set(u"passage_id"_s, passage)
            .set(u"updated_at"_s, now);
    if (input.contains(u"text"_s))
        changes.set(u"text"_s, input.value(u"text"_s).toString());
    if (input.contains(u"pair_code"_s))
        changes.set(u"pair_code"_s, nullIfEmpty(input.value(u"pair_code"_s)));
    if (input.contains(u"active"_s))
        changes.set(u"active"_s, input.value(u"active"_s).toBool());
    if (input.contains(u"position"_s))
        changes.set(u"position"_s, input.value(u"position"_s).toInt());
    if (input.contains(u"category"_s))
        changes.set(u"category_id"_s, category);
    changes.write(db, u"assessment_questions"_s, id, u"id"_s, false);
    return id;
}

qint64 companyOf(const Principal &principal)
{
    if (!principal.companyId)
        throw ApiError::forbidden(u"Your account acts for no company"_s);
    return *principal.companyId;
}

QString appliedToCompany(const QString &userColumn)
{
    // A draft is the talent's alone: the company does not see it, nor what it would reveal.
    return u"EXISTS (SELECT 1 FROM applications ap JOIN jobs j ON j.id = ap.job_id "
           u"WHERE ap.talent_id = %1 AND j.company_id = :company AND ap.status <> 'draft')"_s.arg(
                   userColumn);
}

QString withholds(const QString &userColumn)
{
    return u"EXISTS (SELECT 1 FROM talent_profiles vp WHERE vp.user_id = %1 AND "
           u"vp.assessment_visibility = 'private')"_s.arg(userColumn);
}

QString platformResultsShown(const QString &userColumn)
{
    // The talent's setting (migration 0035): every company, or those applied to unless private.
    return u"(EXISTS (SELECT 1 FROM talent_profiles sp WHERE sp.user_id = %1 AND "
           u"sp.assessment_visibility = 'employers') OR (%2 AND NOT %3))"_s.arg(
                   userColumn, appliedToCompany(userColumn), withholds(userColumn));
}

QString companyMaySee()
{
    // On r alone: a page's count reads assessment_results without its joins.
    return u"(r.instrument_id IN (SELECT ci.id FROM assessment_instruments ci WHERE ci.company_id "
           u"= :company) OR (r.instrument_id IN (SELECT pi.id FROM assessment_instruments pi "
           u"WHERE pi.company_id IS NULL) AND "_s
            + platformResultsShown(u"r.user_id"_s) + u"))"_s;
}

QString companyApplicantsOnly()
{
    return u"(r.instrument_id IN (SELECT ci.id FROM assessment_instruments ci WHERE ci.company_id "
           u"= :company) OR (r.instrument_id IN (SELECT pi.id FROM assessment_instruments pi "
           u"WHERE pi.company_id IS NULL) AND "_s
            + appliedToCompany(u"r.user_id"_s) + u" AND NOT "_s + withholds(u"r.user_id"_s)
            + u"))"_s;
}

namespace {

/** A company's staff who read applicants (applications.read): those who may see results. */
bool companyReader(QSqlDatabase db, const Principal &viewer)
{
    return viewer.companyId && companyRoleAllows(db, viewer, u"applications.read"_s);
}

} // namespace

bool maySeeTalent(QSqlDatabase db, const Principal &viewer, qint64 talentId,
                  std::optional<qint64> instrumentCompany)
{
    if (viewer.userId == talentId || viewer.isStaff())
        return true;
    if (!companyReader(db, viewer))
        return false;
    // A company's own bank is its business; another company's bank never is, applicant or not.
    if (instrumentCompany)
        return *instrumentCompany == *viewer.companyId;
    return Sql(db, u"SELECT 1 WHERE "_s + platformResultsShown(u":talent"_s))
            .bind(u":talent"_s, talentId)
            .bind(u":company"_s, *viewer.companyId)
            .exists();
}

bool knowsTalent(QSqlDatabase db, const Principal &viewer, qint64 talentId)
{
    if (viewer.userId == talentId || viewer.isStaff())
        return true;
    // One role check and one query: results shown to the company, or an application to it.
    return companyReader(db, viewer)
            && Sql(db,
                   u"SELECT 1 WHERE "_s + platformResultsShown(u":talent"_s) + u" OR "_s
                           + appliedToCompany(u":talent"_s))
                       .bind(u":talent"_s, talentId)
                       .bind(u":company"_s, *viewer.companyId)
                       .exists();
}

// ---- Attempts and results ----

QDateTime timeOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

/** The questions of @p ids as scoring items, in any order. */
QList<scoring::Item> itemsOf(QSqlDatabase db, const QList<qint64> &ids)
{
    QList<scoring::Item> items;
    if (ids.isEmpty())
        return items;
    Sql q(db,
          u"SELECT "_s + questionColumns() + u" FROM assessment_questions q WHERE q.id IN ("_s
                  + Sql::placeholders(u"q"_s, ids.size()) + u')');
    q.bindEach(u"q"_s, ids).exec();
    while (q.next())
        items.append(itemOf(q));
    return items;
}

QHash<qint64, QJsonObject> answersOf(QSqlDatabase db, qint64 attemptId)
{
    QHash<qint64, QJsonObject> answers;
    Sql q(db, u"SELECT question_id, answer FROM assessment_answers WHERE attempt_id = :id"_s);
    q.bind(u":id"_s, attemptId).exec();
    while (q.next())
        answers.insert(q.id(u"question_id"_s),
                       QJsonDocument::fromJson(q.text(u"answer"_s).toUtf8()).object());
    return answers;
}

QString resultColumns()
{
    return u"r.id, r.attempt_id, r.instrument_id, r.user_id, r.percent, r.latest, r.created_at, "
           u"i.slug, i.title, u.first_name, u.last_name"_s;
}

QString resultFrom()
{
    return u"assessment_results r JOIN assessment_instruments i ON i.id = r.instrument_id "
           u"JOIN users u ON u.id = r.user_id"_s;
}

} // namespace wn::assessmentrows
