// SPDX-License-Identifier: Apache-2.0
#include "cvdocument.h"

#include "core/database.h"
#include "modules/profiles/profileservice.h"

#include <wn/common/apierror.h>
#include <wn/common/cvs.h>

using namespace Qt::StringLiterals;

namespace wn::CvDocument {

namespace {

QString sectionTitle(const QString &type)
{
    static const QHash<QString, QString> titles {
        { u"experience"_s, u"Experience"_s },
        { u"education"_s, u"Education"_s },
        { u"skills"_s, u"Skills"_s },
        { u"certificates"_s, u"Certificates"_s },
        { u"languages"_s, u"Languages"_s },
        { u"projects"_s, u"Projects"_s },
        { u"links"_s, u"Links"_s },
        { u"custom"_s, u"More"_s },
        { u"identity"_s, u"Identity"_s },
        { u"trainings"_s, u"Completed trainings"_s },
        { u"assessments"_s, u"Assessment results"_s },
    };
    return titles.value(type, type);
}

/** An item with only its non-empty fields. */
QJsonObject item(std::initializer_list<std::pair<QString, QString>> fields)
{
    QJsonObject json;
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty())
            json.insert(name, value);
    }
    return json;
}

QString yearText(const QJsonValue &year)
{
    return year.isNull() ? QString() : QString::number(year.toInt());
}

/** The profile's experience (TalentProfileService::experienceOf) as CV items. */
QJsonArray experienceItems(const QJsonArray &experience)
{
    QJsonArray items;
    for (const QJsonValue &value : experience) {
        const QJsonObject entry = value.toObject();
        items.append(item(
                { { u"title"_s, entry.value(u"title"_s).toString() },
                  { u"subtitle"_s, entry.value(u"company"_s).toString() },
                  { u"start"_s, entry.value(u"start_month"_s).toString() },
                  { u"end"_s,
                    entry.value(u"current"_s).toBool() ? u"Present"_s
                                                       : entry.value(u"end_month"_s).toString() },
                  { u"description"_s, entry.value(u"description"_s).toString() } }));
    }
    return items;
}

/** The profile's education (TalentProfileService::educationOf) as CV items. */
QJsonArray educationItems(const QJsonArray &education)
{
    QJsonArray items;
    for (const QJsonValue &value : education) {
        const QJsonObject entry = value.toObject();
        items.append(
                item({ { u"title"_s, entry.value(u"school_name"_s).toString() },
                       { u"subtitle"_s, entry.value(u"course"_s).toString() },
                       { u"level"_s,
                         entry.value(u"education_level"_s).toObject().value(u"name"_s).toString() },
                       { u"start"_s, yearText(entry.value(u"start_year"_s)) },
                       { u"end"_s, yearText(entry.value(u"end_year"_s)) } }));
    }
    return items;
}

QJsonArray skillsOf(QSqlDatabase db, qint64 talentId)
{
    Sql q(db,
          u"SELECT s.name, ts.level, ts.years FROM talent_skills ts "
          u"JOIN skills s ON s.id = ts.skill_id WHERE ts.user_id = :user ORDER BY s.name"_s);
    q.bind(u":user"_s, talentId).exec();
    QJsonArray items;
    while (q.next()) {
        const QVariant years = q.value(u"years"_s);
        items.append(item(
                { { u"title"_s, q.text(u"name"_s) },
                  { u"level"_s, q.text(u"level"_s) },
                  { u"description"_s,
                    years.isNull() || years.toInt() <= 0 ? QString()
                                                         : u"%1 years"_s.arg(years.toInt()) } }));
    }
    return items;
}

QJsonObject section(const QString &type, const QJsonArray &items = {})
{
    return { { u"type"_s, type },
             { u"title"_s, sectionTitle(type) },
             { u"hidden"_s, false },
             { u"items"_s, items } };
}

/** A section of what the platform verified: a document keeps its place, never its items (they
 *  are read when the CV is shown). */
QJsonObject verifiedSection(const QString &type)
{
    QJsonObject verified = section(type);
    verified.remove(u"items"_s);
    return verified;
}

QString dayOf(const QString &timestamp)
{
    return timestamp.left(10);
}

} // namespace

QJsonObject fromProfile(QSqlDatabase db, qint64 talentId)
{
    const SqlRow person
            = Sql(db,
                  u"SELECT u.first_name, u.last_name, u.email, u.phone_number, u.state, "
                  u"u.country_code, p.headline, p.bio, p.linkedin_url, p.portfolio_url "
                  u"FROM users u LEFT JOIN talent_profiles p ON p.user_id = u.id "
                  u"WHERE u.id = :user"_s)
                      .bind(u":user"_s, talentId)
                      .single();
    QStringList place;
    for (const QString &part : { person.text(u"state"_s), person.text(u"country_code"_s) }) {
        if (!part.isEmpty())
            place.append(part == u"NG"_s ? u"Nigeria"_s : part);
    }
    const QJsonObject basics = item(
            { { u"name"_s,
                (person.text(u"first_name"_s) + u' ' + person.text(u"last_name"_s)).trimmed() },
              { u"headline"_s, person.text(u"headline"_s) },
              { u"email"_s, person.text(u"email"_s) },
              { u"phone"_s, person.text(u"phone_number"_s) },
              { u"location"_s, place.join(u", "_s) },
              { u"website"_s, person.text(u"portfolio_url"_s) },
              { u"summary"_s, person.text(u"bio"_s) } });
    QJsonArray links;
    if (!person.text(u"linkedin_url"_s).isEmpty())
        links.append(item(
                { { u"title"_s, u"LinkedIn"_s }, { u"url"_s, person.text(u"linkedin_url"_s) } }));
    if (!person.text(u"portfolio_url"_s).isEmpty())
        links.append(item(
                { { u"title"_s, u"Portfolio"_s }, { u"url"_s, person.text(u"portfolio_url"_s) } }));

    QJsonArray sections {
        section(u"experience"_s, experienceItems(TalentProfileService::experienceOf(db, talentId))),
        section(u"education"_s, educationItems(TalentProfileService::educationOf(db, talentId))),
        section(u"skills"_s, skillsOf(db, talentId)),
        section(u"certificates"_s),
        section(u"languages"_s),
        section(u"projects"_s),
        section(u"links"_s, links)
    };
    for (const QString &type : verifiedCvSectionTypes())
        sections.append(verifiedSection(type));
    return { { u"basics"_s, basics }, { u"sections"_s, sections } };
}

void checkSections(const QJsonArray &sections)
{
    QStringList problems;
    QSet<QString> verifiedSeen;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QJsonObject section = sections.at(i).toObject();
        const QString type = section.value(u"type"_s).toString();
        if (!verifiedCvSectionTypes().contains(type))
            continue;
        if (!section.value(u"items"_s).toArray().isEmpty()) {
            problems.append(u"sections[%1].items must be left out: the %2 section shows what "
                            u"the platform has verified"_s.arg(i)
                                    .arg(type));
        }
        if (verifiedSeen.contains(type))
            problems.append(u"sections[%1].type %2 appears twice"_s.arg(i).arg(type));
        verifiedSeen.insert(type);
    }
    if (!problems.isEmpty())
        throw ApiError::badRequest(problems);
}

QString searchText(const QJsonObject &document)
{
    QStringList lines;
    const QJsonObject basics = document.value(u"basics"_s).toObject();
    for (const QString &field : { u"name"_s, u"headline"_s, u"location"_s, u"summary"_s })
        lines.append(basics.value(field).toString());
    for (const QJsonValue &section : document.value(u"sections"_s).toArray()) {
        for (const QJsonValue &entry : section.toObject().value(u"items"_s).toArray()) {
            const QJsonObject fields = entry.toObject();
            for (const QString &field : { u"title"_s, u"subtitle"_s, u"level"_s, u"description"_s })
                lines.append(fields.value(field).toString());
        }
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QJsonObject verifiedItems(QSqlDatabase db, qint64 talentId)
{
    const SqlRow identity
            = Sql(db, u"SELECT bvn_verified_at, nin_verified_at FROM users WHERE id = :user"_s)
                      .bind(u":user"_s, talentId)
                      .single();
    QJsonArray identityItems;
    if (!identity.text(u"bvn_verified_at"_s).isEmpty())
        identityItems.append(item({ { u"title"_s, u"BVN verified"_s },
                                    { u"end"_s, dayOf(identity.text(u"bvn_verified_at"_s)) } }));
    if (!identity.text(u"nin_verified_at"_s).isEmpty())
        identityItems.append(item({ { u"title"_s, u"NIN verified"_s },
                                    { u"end"_s, dayOf(identity.text(u"nin_verified_at"_s)) } }));

    Sql trainings(db,
                  u"SELECT t.title, c.name AS company, a.completed_at "
                  u"FROM training_applications a JOIN trainings t ON t.id = a.training_id "
                  u"JOIN companies c ON c.id = t.company_id "
                  u"WHERE a.talent_id = :user AND a.status = 'completed' "
                  u"ORDER BY a.completed_at DESC, a.id DESC LIMIT :limit"_s);
    trainings.bind(u":user"_s, talentId).bind(u":limit"_s, maxCvSectionItems).exec();
    QJsonArray trainingItems;
    while (trainings.next()) {
        trainingItems.append(item({ { u"title"_s, trainings.text(u"title"_s) },
                                    { u"subtitle"_s, trainings.text(u"company"_s) },
                                    { u"end"_s, dayOf(trainings.text(u"completed_at"_s)) } }));
    }

    Sql results(db,
                u"SELECT i.title, r.percent, r.created_at FROM assessment_results r "
                u"JOIN assessment_instruments i ON i.id = r.instrument_id "
                u"WHERE r.user_id = :user AND r.latest ORDER BY r.created_at DESC, r.id DESC "
                u"LIMIT :limit"_s);
    results.bind(u":user"_s, talentId).bind(u":limit"_s, maxCvSectionItems).exec();
    QJsonArray resultItems;
    while (results.next()) {
        const QVariant percent = results.value(u"percent"_s);
        resultItems.append(
                item({ { u"title"_s, results.text(u"title"_s) },
                       { u"level"_s,
                         percent.isNull() ? QString() : u"%1%"_s.arg(qRound(percent.toDouble())) },
                       { u"end"_s, dayOf(results.text(u"created_at"_s)) } }));
    }
    return { { u"identity"_s, identityItems },
             { u"trainings"_s, trainingItems },
             { u"assessments"_s, resultItems } };
}

QJsonObject renderInput(const QString &title, const QString &templateName,
                        const QJsonObject &document, const QJsonObject &verified)
{
    QJsonArray sections;
    for (const QJsonValue &value : document.value(u"sections"_s).toArray()) {
        QJsonObject section = value.toObject();
        if (section.value(u"hidden"_s).toBool())
            continue;
        const QString type = section.value(u"type"_s).toString();
        const bool isVerified = verifiedCvSectionTypes().contains(type);
        if (isVerified)
            section.insert(u"items"_s, verified.value(type).toArray());
        if (section.value(u"items"_s).toArray().isEmpty())
            continue;
        section.insert(u"verified"_s, isVerified);
        section.remove(u"hidden"_s);
        sections.append(section);
    }
    return { { u"title"_s, title },
             { u"template"_s, templateName },
             { u"basics"_s, document.value(u"basics"_s) },
             { u"sections"_s, sections } };
}

// JSON Resume (jsonresume.org's schema): which of its lists each section is, and which of its
// fields each item field is.
namespace {

struct ResumeList
{
    QString type; ///< our section type
    QString list; ///< JSON Resume's
    QList<std::pair<QString, QString>> fields; ///< our item field -> theirs
};

const QList<ResumeList> &resumeLists()
{
    static const QList<ResumeList> lists {
        { u"experience"_s,
          u"work"_s,
          { { u"title"_s, u"position"_s },
            { u"subtitle"_s, u"name"_s },
            { u"location"_s, u"location"_s },
            { u"start"_s, u"startDate"_s },
            { u"end"_s, u"endDate"_s },
            { u"url"_s, u"url"_s },
            { u"description"_s, u"summary"_s } } },
        { u"education"_s,
          u"education"_s,
          { { u"title"_s, u"institution"_s },
            { u"subtitle"_s, u"area"_s },
            { u"level"_s, u"studyType"_s },
            { u"start"_s, u"startDate"_s },
            { u"end"_s, u"endDate"_s },
            { u"url"_s, u"url"_s },
            { u"description"_s, u"score"_s } } },
        { u"skills"_s,
          u"skills"_s,
          { { u"title"_s, u"name"_s },
            { u"level"_s, u"level"_s },
            { u"description"_s, u"summary"_s } } },
        { u"certificates"_s,
          u"certificates"_s,
          { { u"title"_s, u"name"_s },
            { u"subtitle"_s, u"issuer"_s },
            { u"end"_s, u"date"_s },
            { u"url"_s, u"url"_s } } },
        { u"languages"_s,
          u"languages"_s,
          { { u"title"_s, u"language"_s }, { u"level"_s, u"fluency"_s } } },
        { u"projects"_s,
          u"projects"_s,
          { { u"title"_s, u"name"_s },
            { u"subtitle"_s, u"entity"_s },
            { u"start"_s, u"startDate"_s },
            { u"end"_s, u"endDate"_s },
            { u"url"_s, u"url"_s },
            { u"description"_s, u"description"_s } } },
    };
    return lists;
}

const QList<std::pair<QString, QString>> &basicsFields()
{
    static const QList<std::pair<QString, QString>> fields {
        { u"name"_s, u"name"_s },   { u"headline"_s, u"label"_s }, { u"email"_s, u"email"_s },
        { u"phone"_s, u"phone"_s }, { u"website"_s, u"url"_s },    { u"summary"_s, u"summary"_s },
    };
    return fields;
}

/** A links item's fields -> a JSON Resume profile's. */
const QList<std::pair<QString, QString>> &profileFields()
{
    static const QList<std::pair<QString, QString>> fields { { u"title"_s, u"network"_s },
                                                             { u"url"_s, u"url"_s } };
    return fields;
}

QJsonObject renamed(const QJsonObject &from, const QList<std::pair<QString, QString>> &fields,
                    bool ours)
{
    QJsonObject to;
    for (const auto &[mine, theirs] : fields) {
        const QJsonValue value = from.value(ours ? mine : theirs);
        if (value.isString() && !value.toString().isEmpty())
            to.insert(ours ? theirs : mine, value);
    }
    return to;
}

} // namespace

QJsonObject toJsonResume(const QString &title, const QString &templateName,
                         const QJsonObject &document)
{
    const QJsonObject basics = document.value(u"basics"_s).toObject();
    QJsonObject resumeBasics = renamed(basics, basicsFields(), true);
    if (!basics.value(u"location"_s).toString().isEmpty())
        resumeBasics.insert(u"location"_s,
                            QJsonObject { { u"city"_s, basics.value(u"location"_s) } });
    QJsonObject resume;
    QJsonArray order;
    QJsonArray hidden;
    QJsonArray profiles;
    QJsonArray custom;
    for (const QJsonValue &value : document.value(u"sections"_s).toArray()) {
        const QJsonObject section = value.toObject();
        const QString type = section.value(u"type"_s).toString();
        order.append(type);
        if (section.value(u"hidden"_s).toBool())
            hidden.append(type);
        const QJsonArray items = section.value(u"items"_s).toArray();
        if (type == u"links"_s) {
            for (const QJsonValue &entry : items)
                profiles.append(renamed(entry.toObject(), profileFields(), true));
            continue;
        }
        if (type == u"custom"_s) {
            custom.append(QJsonObject { { u"title"_s, section.value(u"title"_s) },
                                        { u"items"_s, items } });
            continue;
        }
        for (const ResumeList &list : resumeLists()) {
            if (list.type != type)
                continue;
            QJsonArray entries = resume.value(list.list).toArray();
            for (const QJsonValue &entry : items)
                entries.append(renamed(entry.toObject(), list.fields, true));
            resume.insert(list.list, entries);
        }
    }
    if (!profiles.isEmpty())
        resumeBasics.insert(u"profiles"_s, profiles);
    resume.insert(u"basics"_s, resumeBasics);
    QJsonObject titles;
    for (const QJsonValue &value : document.value(u"sections"_s).toArray())
        titles.insert(value[u"type"_s].toString(), value[u"title"_s]);
    resume.insert(u"meta"_s,
                  QJsonObject { { u"worknation"_s,
                                  QJsonObject { { u"title"_s, title },
                                                { u"template"_s, templateName },
                                                { u"order"_s, order },
                                                { u"hidden"_s, hidden },
                                                { u"titles"_s, titles },
                                                { u"custom"_s, custom } } } });
    return resume;
}

const Schema &jsonResumeSchema()
{
    static const Schema schema = [] {
        const Schema ours = cvSchema();
        auto fieldOf = [](const Schema &schema, const QString &name) {
            for (const auto &[fieldName, field] : schema.fields()) {
                if (fieldName == name)
                    return field;
            }
            return Field::string();
        };
        // Their fields take our bounds: what imports is what an edit would accept.
        const Schema item = cvItemSchema();
        Schema titles;
        for (const QString &type : cvSectionTypes() + verifiedCvSectionTypes())
            titles = titles.plus({ { type, Field::string(0, 80) } });
        Schema basics;
        for (const auto &[mine, theirs] : basicsFields())
            basics = basics.plus({ { theirs, fieldOf(cvBasicsSchema(), mine) } });
        basics = basics.plus(
                { { u"location"_s,
                    Field::object({ { u"city"_s, Field::string(0, 120) },
                                    { u"region"_s, Field::string(0, 120) },
                                    { u"countryCode"_s, Field::string(0, 10) } }) },
                  { u"profiles"_s,
                    Field::arrayOf(Field::object({ { u"network"_s, Field::string(0, 200) },
                                                   { u"url"_s, Field::string(0, 300) } }),
                                   maxCvSectionItems) } });
        Schema resume { { u"basics"_s, Field::object(basics) } };
        for (const ResumeList &list : resumeLists()) {
            Schema entry;
            for (const auto &[mine, theirs] : list.fields)
                entry = entry.plus({ { theirs, fieldOf(item, mine) } });
            resume = resume.plus(
                    { { list.list, Field::arrayOf(Field::object(entry), maxCvSectionItems) } });
        }
        const Schema meta {
            { u"title"_s, fieldOf(ours, u"title"_s) },
            { u"template"_s, fieldOf(ours, u"template"_s) },
            { u"order"_s,
              Field::arrayOf(Field::oneOf(cvSectionTypes() + verifiedCvSectionTypes()),
                             maxCvSections) },
            { u"hidden"_s,
              Field::arrayOf(Field::oneOf(cvSectionTypes() + verifiedCvSectionTypes()),
                             maxCvSections) },
            { u"titles"_s, Field::object(titles) },
            { u"custom"_s,
              Field::arrayOf(
                      Field::object({ { u"title"_s, Field::string(1, 80).required() },
                                      { u"items"_s,
                                        Field::arrayOf(Field::object(item), maxCvSectionItems) } }),
                      1) },
        };
        return resume.plus(
                { { u"meta"_s, Field::object({ { u"worknation"_s, Field::object(meta) } }) } });
    }();
    return schema;
}

QJsonObject fromJsonResume(const QJsonObject &resume)
{
    const QJsonObject resumeBasics = resume.value(u"basics"_s).toObject();
    QJsonObject basics = renamed(resumeBasics, basicsFields(), false);
    const QJsonObject location = resumeBasics.value(u"location"_s).toObject();
    QStringList place;
    for (const QString &part : { u"city"_s, u"region"_s, u"countryCode"_s }) {
        if (!location.value(part).toString().isEmpty())
            place.append(location.value(part).toString());
    }
    if (!place.isEmpty())
        basics.insert(u"location"_s, place.join(u", "_s).left(120));

    const QJsonObject meta = resume.value(u"meta"_s)[u"worknation"_s].toObject();
    QHash<QString, QJsonObject> byType;
    for (const ResumeList &list : resumeLists()) {
        QJsonArray items;
        for (const QJsonValue &entry : resume.value(list.list).toArray())
            items.append(renamed(entry.toObject(), list.fields, false));
        byType.insert(list.type, section(list.type, items));
    }
    QJsonArray links;
    for (const QJsonValue &entry : resumeBasics.value(u"profiles"_s).toArray())
        links.append(renamed(entry.toObject(), profileFields(), false));
    byType.insert(u"links"_s, section(u"links"_s, links));
    const QJsonArray custom = meta.value(u"custom"_s).toArray();
    if (!custom.isEmpty()) {
        QJsonObject customSection = section(u"custom"_s, custom.first()[u"items"_s].toArray());
        customSection.insert(u"title"_s, custom.first()[u"title"_s]);
        byType.insert(u"custom"_s, customSection);
    }
    for (const QString &type : verifiedCvSectionTypes())
        byType.insert(type, verifiedSection(type));
    // The order and hidden sections an export kept, else ours.
    QStringList order;
    for (const QJsonValue &type : meta.value(u"order"_s).toArray()) {
        if (byType.contains(type.toString()) && !order.contains(type.toString()))
            order.append(type.toString());
    }
    for (const QString &type : cvSectionTypes() + verifiedCvSectionTypes()) {
        if (byType.contains(type) && !order.contains(type))
            order.append(type);
    }
    const QJsonArray hidden = meta.value(u"hidden"_s).toArray();
    const QJsonObject titles = meta.value(u"titles"_s).toObject();
    QJsonArray sections;
    for (const QString &type : order) {
        QJsonObject entry = byType.value(type);
        entry.insert(u"hidden"_s, hidden.contains(type));
        const QString title = titles.value(type).toString().trimmed();
        if (!title.isEmpty() && title.size() <= 80 && type != u"custom"_s)
            entry.insert(u"title"_s, title);
        sections.append(entry);
    }
    QJsonObject cv { { u"basics"_s, basics }, { u"sections"_s, sections } };
    if (meta.contains(u"title"_s))
        cv.insert(u"title"_s, meta.value(u"title"_s));
    if (meta.contains(u"template"_s))
        cv.insert(u"template"_s, meta.value(u"template"_s));
    return cv;
}

} // namespace wn::CvDocument
