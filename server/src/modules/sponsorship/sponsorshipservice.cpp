// SPDX-License-Identifier: Apache-2.0
#include "sponsorshipservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/files/filesroutes.h"
#include "modules/notifications/notificationservice.h"
#include "modules/onboarding/onboardingservice.h"
#include "sponsorshipapplicationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString managePermission()
{
    return u"sponsorships.manage"_s;
}

QString approvePermission()
{
    return u"sponsorships.approve"_s;
}

using Filter = SqlFilter;

// The columns programmeRow() reads, in its order.
constexpr auto programmeColumns
        = "s.id, s.company_id, c.name, s.title, s.description, s.amount, s.currency, s.benefits, "
          "s.slots, s.slots_filled, s.eligibility, s.opening_date, s.closing_date, "
          "s.required_documents, s.status, s.created_at, s.updated_at";

QJsonObject programmeRow(const Sql &q)
{
    const QString status = q.value(14).toString();
    const int slots = q.value(8).toInt();
    const int filled = q.value(9).toInt();
    const QString opening = q.value(11).toString();
    const QString closing = q.value(12).toString();
    const QString today = SponsorshipService::today();
    const bool accepting
            = status == u"open"_s && opening <= today && today <= closing && filled < slots;
    return { { u"id"_s, q.value(0).toLongLong() },
             { u"company"_s,
               QJsonObject { { u"id"_s, q.value(1).toLongLong() },
                             { u"name"_s, q.value(2).toString() } } },
             { u"title"_s, q.value(3).toString() },
             { u"description"_s, q.value(4).toString() },
             { u"amount"_s,
               q.value(5).isNull() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(q.value(5).toLongLong()) },
             { u"currency"_s, q.value(6).toString() },
             { u"benefits"_s, textOrNull(q.value(7)) },
             { u"slots"_s, slots },
             { u"slots_filled"_s, filled },
             { u"slots_left"_s, std::max(0, slots - filled) },
             { u"eligibility"_s, textOrNull(q.value(10)) },
             { u"opening_date"_s, opening },
             { u"closing_date"_s, closing },
             { u"required_documents"_s,
               QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array() },
             { u"status"_s, status },
             { u"accepting_applications"_s, accepting },
             { u"created_at"_s, q.value(15).toString() },
             { u"updated_at"_s, q.value(16).toString() } };
}

/** True if @p userId may be listed as an approver: the company's owner, or its staff member
 * holding sponsorships.approve, not suspended. */
bool mayApprove(QSqlDatabase db, qint64 companyId, qint64 userId)
{
    Sql q(db,
          u"SELECT role FROM users WHERE id = :id AND company_id = :company "
          "AND deleted_at IS NULL AND status <> 'suspended'"_s);
    q.bind(u":id"_s, userId).bind(u":company"_s, companyId).exec();
    if (!q.next())
        return false;
    const std::optional<Role> role = roleFromName(q.value(0).toString());
    q.query().finish();
    if (!role)
        return false;
    Principal candidate;
    candidate.userId = userId;
    candidate.role = *role;
    candidate.companyId = companyId;
    return OnboardingService::hasCompanyPermission(db, candidate, approvePermission());
}

struct NewLevel
{
    QString name;
    QString mode;
    QList<qint64> approvers;
};

/** The workflow of a request, its approvers checked against the company; 400 naming each problem. */
QList<NewLevel> parseWorkflow(QSqlDatabase db, qint64 companyId, const QJsonArray &items)
{
    QStringList errors;
    if (items.isEmpty())
        errors.append(u"workflow should not be empty"_s);
    QList<NewLevel> levels;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        NewLevel level { item.value(u"name"_s).toString(), item.value(u"mode"_s).toString(), {} };
        const QString field = u"workflow[%1].approvers"_s.arg(i);
        const QJsonArray approvers = item.value(u"approvers"_s).toArray();
        if (approvers.isEmpty())
            errors.append(field + u" should not be empty"_s);
        for (qsizetype j = 0; j < approvers.size(); ++j) {
            const qint64 userId = approvers.at(j).toInteger();
            if (level.approvers.contains(userId)) {
                errors.append(
                        u"%1[%2] must not repeat an approver of the level"_s.arg(field).arg(j));
                continue;
            }
            if (!mayApprove(db, companyId, userId)) {
                errors.append(
                        u"%1[%2] must be your company's owner or a staff member allowed to approve sponsorships (sponsorships.approve)"_s
                                .arg(field)
                                .arg(j));
            }
            level.approvers.append(userId);
        }
        levels.append(level);
    }
    if (!errors.isEmpty())
        throw ApiError::badRequest(errors);
    return levels;
}

void saveWorkflow(QSqlDatabase db, qint64 sponsorshipId, const QList<NewLevel> &levels)
{
    Sql(db,
        u"DELETE FROM sponsorship_level_approvers WHERE level_id IN "
        "(SELECT id FROM sponsorship_levels WHERE sponsorship_id = :id)"_s)
            .bind(u":id"_s, sponsorshipId)
            .exec();
    Sql(db, u"DELETE FROM sponsorship_levels WHERE sponsorship_id = :id"_s)
            .bind(u":id"_s, sponsorshipId)
            .exec();
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const qint64 levelId
                = Sql(db,
                      u"INSERT INTO sponsorship_levels (sponsorship_id, level_number, name, mode) "
                      "VALUES (:sponsorship, :number, :name, :mode) RETURNING id"_s)
                          .bind(u":sponsorship"_s, sponsorshipId)
                          .bind(u":number"_s, int(i + 1))
                          .bind(u":name"_s, levels.at(i).name)
                          .bind(u":mode"_s, levels.at(i).mode)
                          .scalar()
                          .toLongLong();
        for (qint64 userId : levels.at(i).approvers) {
            Sql(db,
                u"INSERT INTO sponsorship_level_approvers (level_id, user_id) VALUES (:level, :user)"_s)
                    .bind(u":level"_s, levelId)
                    .bind(u":user"_s, userId)
                    .exec();
        }
    }
}

/** 400 unless the closing date follows the opening date and (when it changes) lies ahead. */
void checkDates(const QString &opening, const QString &closing, bool closingChanged)
{
    if (closingChanged && closing < SponsorshipService::today())
        throw ApiError::badRequest(QStringList { u"closing_date must not be in the past"_s });
    if (closing < opening)
        throw ApiError::badRequest(
                QStringList { u"closing_date must not be before opening_date"_s });
}

QString documentsText(const QJsonValue &value)
{
    return QString::fromUtf8(json::compact(value.toArray()));
}

} // namespace

int SponsorshipLevel::required() const
{
    return mode == u"all_of"_s ? int(approverIds.size()) : 1;
}

SponsorshipService::SponsorshipService(ServerContext &context)
    : m_context(context)
{ }

QString SponsorshipService::today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

std::optional<SponsorshipProgramme> SponsorshipService::find(QSqlDatabase db, qint64 id)
{
    Sql q(db,
          u"SELECT s.id, s.company_id, s.title, s.status, s.slots, s.slots_filled, s.opening_date, "
          "s.closing_date, (SELECT COUNT(*) FROM sponsorship_levels l WHERE l.sponsorship_id = "
          "s.id) "
          "FROM sponsorships s JOIN companies c ON c.id = s.company_id "
          "WHERE s.id = :id AND s.deleted_at IS NULL AND c.deleted_at IS NULL"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    SponsorshipProgramme p;
    p.id = q.value(0).toLongLong();
    p.companyId = q.value(1).toLongLong();
    p.title = q.value(2).toString();
    p.status = q.value(3).toString();
    p.slots = q.value(4).toInt();
    p.slotsFilled = q.value(5).toInt();
    p.openingDate = q.value(6).toString();
    p.closingDate = q.value(7).toString();
    p.levels = q.value(8).toInt();
    return p;
}

bool SponsorshipService::holds(QSqlDatabase db, const Principal &principal, qint64 companyId,
                               const QString &permission)
{
    return principal.companyId && *principal.companyId == companyId
            && OnboardingService::hasCompanyPermission(db, principal, permission);
}

bool SponsorshipService::reviews(QSqlDatabase db, const Principal &principal, qint64 companyId)
{
    return holds(db, principal, companyId, managePermission())
            || holds(db, principal, companyId, approvePermission());
}

QList<SponsorshipLevel> SponsorshipService::workflowOf(QSqlDatabase db, qint64 sponsorshipId)
{
    QList<SponsorshipLevel> levels;
    Sql q(db,
          u"SELECT id, level_number, name, mode FROM sponsorship_levels "
          "WHERE sponsorship_id = :id ORDER BY level_number"_s);
    q.bind(u":id"_s, sponsorshipId).exec();
    while (q.next()) {
        SponsorshipLevel level;
        level.id = q.value(0).toLongLong();
        level.number = q.value(1).toInt();
        level.name = q.value(2).toString();
        level.mode = q.value(3).toString();
        levels.append(level);
    }
    q.query().finish();
    Sql approvers(
            db,
            u"SELECT a.level_id, u.id, u.first_name, u.last_name "
            "FROM sponsorship_level_approvers a JOIN sponsorship_levels l ON l.id = a.level_id "
            "JOIN users u ON u.id = a.user_id WHERE l.sponsorship_id = :id ORDER BY u.id"_s);
    approvers.bind(u":id"_s, sponsorshipId).exec();
    while (approvers.next()) {
        const qint64 levelId = approvers.value(0).toLongLong();
        for (SponsorshipLevel &level : levels) {
            if (level.id != levelId)
                continue;
            level.approverIds.append(approvers.value(1).toLongLong());
            level.approvers.append(
                    QJsonObject { { u"id"_s, approvers.value(1).toLongLong() },
                                  { u"first_name"_s, approvers.value(2).toString() },
                                  { u"last_name"_s, approvers.value(3).toString() } });
        }
    }
    return levels;
}

QJsonObject SponsorshipService::programmeJson(QSqlDatabase db, qint64 id, bool inside)
{
    Sql q(db,
          u"SELECT %1 FROM sponsorships s JOIN companies c ON c.id = s.company_id "
          "WHERE s.id = :id AND s.deleted_at IS NULL"_s.arg(QLatin1StringView(programmeColumns)));
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Sponsorship not found"_s);
    QJsonObject out = programmeRow(q);
    q.query().finish();

    QJsonArray documents;
    Sql files(db,
              u"SELECT d.file_key, d.label, d.created_at, f.content_type, f.size_bytes "
              "FROM sponsorship_documents d JOIN files f ON f.file_key = d.file_key "
              "WHERE d.sponsorship_id = :id AND f.deleted_at IS NULL ORDER BY d.id"_s);
    files.bind(u":id"_s, id).exec();
    while (files.next()) {
        documents.append(
                QJsonObject { { u"key"_s, files.value(0).toString() },
                              { u"label"_s, textOrNull(files.value(1)) },
                              { u"content_type"_s, files.value(3).toString() },
                              { u"size"_s, files.value(4).toLongLong() },
                              { u"url"_s, m_context.storage->url(files.value(0).toString()) },
                              { u"uploaded_at"_s, files.value(2).toString() } });
    }
    files.query().finish();
    out.insert(u"documents"_s, documents);

    QJsonArray workflow;
    for (const SponsorshipLevel &level : workflowOf(db, id)) {
        QJsonObject item { { u"level"_s, level.number },
                           { u"name"_s, level.name },
                           { u"mode"_s, level.mode },
                           { u"required_approvals"_s, level.required() } };
        if (inside)
            item.insert(u"approvers"_s, level.approvers);
        workflow.append(item);
    }
    out.insert(u"workflow"_s, workflow);

    if (inside) {
        QJsonObject counts;
        for (const QString &status : { u"pending"_s, u"in_review"_s, u"approved"_s, u"rejected"_s,
                                       u"withdrawn"_s, u"cancelled"_s })
            counts.insert(status, 0);
        qint64 total = 0;
        Sql c(db,
              u"SELECT status, COUNT(*) FROM sponsorship_applications WHERE sponsorship_id = :id "
              "GROUP BY status"_s);
        c.bind(u":id"_s, id).exec();
        while (c.next()) {
            counts.insert(c.value(0).toString(), c.value(1).toLongLong());
            total += c.value(1).toLongLong();
        }
        counts.insert(u"total"_s, total);
        out.insert(u"applications"_s, counts);
    }
    return out;
}

QJsonObject SponsorshipService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    if (!by.companyId)
        throw ApiError::forbidden(u"Only a sponsor's people run sponsorship programmes"_s);
    Sql company(db, u"SELECT is_sponsor FROM companies WHERE id = :id AND deleted_at IS NULL"_s);
    company.bind(u":id"_s, *by.companyId).exec();
    const bool sponsor = company.next() && company.value(0).toBool();
    company.query().finish();
    if (!sponsor)
        throw ApiError::forbidden(
                u"Your company is not a sponsor: become one before creating sponsorship programmes"_s);
    if (!OnboardingService::hasCompanyPermission(db, by, managePermission()))
        throw ApiError::forbidden(u"Your company role does not allow this (sponsorships.manage)"_s);

    const QString opening = input.value(u"opening_date"_s).toString(today());
    const QString closing = input.value(u"closing_date"_s).toString();
    checkDates(opening, closing, true);
    const QList<NewLevel> levels
            = parseWorkflow(db, *by.companyId, input.value(u"workflow"_s).toArray());

    Transaction tx(db);
    const QString now = nowText();
    const qint64 id
            = Sql(db,
                  u"INSERT INTO sponsorships (company_id, created_by, title, description, amount, "
                  "currency, benefits, slots, eligibility, opening_date, closing_date, "
                  "required_documents, status, created_at, updated_at) VALUES (:company, :by, "
                  ":title, :description, :amount, :currency, :benefits, :slots, :eligibility, "
                  ":opening, :closing, :documents, :status, :now, :now) RETURNING id"_s)
                      .bind(u":company"_s, *by.companyId)
                      .bind(u":by"_s, by.userId)
                      .bind(u":title"_s, input.value(u"title"_s).toString())
                      .bind(u":description"_s, input.value(u"description"_s).toString())
                      .bind(u":amount"_s,
                            input.value(u"amount"_s).isDouble()
                                    ? QVariant(input.value(u"amount"_s).toInteger())
                                    : QVariant(QMetaType::fromType<qint64>()))
                      .bind(u":currency"_s, input.value(u"currency"_s).toString(u"NGN"_s))
                      .bind(u":benefits"_s, nullIfEmpty(input.value(u"benefits"_s)))
                      .bind(u":slots"_s, input.value(u"slots"_s).toInteger())
                      .bind(u":eligibility"_s, nullIfEmpty(input.value(u"eligibility"_s)))
                      .bind(u":opening"_s, opening)
                      .bind(u":closing"_s, closing)
                      .bind(u":documents"_s, documentsText(input.value(u"required_documents"_s)))
                      .bind(u":status"_s, input.value(u"status"_s).toString(u"draft"_s))
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
    saveWorkflow(db, id, levels);
    tx.commit();
    return programmeJson(db, id, true);
}

QJsonObject SponsorshipService::list(const Principal *by, const QJsonObject &query, int page,
                                     int limit)
{
    QSqlDatabase db = m_context.db();
    Filter filter;
    filter.add(u"s.deleted_at IS NULL"_s);
    if (!by || !by->isStaff()) {
        if (by && by->companyId)
            filter.add(u"(s.status = 'open' OR s.company_id = :mine)"_s, u":mine"_s, *by->companyId);
        else
            filter.add(u"s.status = 'open'"_s);
    }
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.add(
                u"(LOWER(s.title) LIKE :q ESCAPE '\\' OR LOWER(s.description) LIKE :q ESCAPE '\\' "
                "OR LOWER(c.name) LIKE :q ESCAPE '\\')"_s,
                u":q"_s, likePattern(search.toLower()));
    if (query.contains(u"status"_s))
        filter.add(u"s.status = :status"_s, u":status"_s, query.value(u"status"_s).toString());
    if (query.contains(u"company_id"_s))
        filter.add(u"s.company_id = :company"_s, u":company"_s,
                   query.value(u"company_id"_s).toInteger());
    // A deleted sponsor's programmes are gone with it.
    filter.add(u"c.deleted_at IS NULL"_s);
    const QString from = u" FROM sponsorships s JOIN companies c ON c.id = s.company_id"_s;

    Sql count(db, u"SELECT COUNT(*)"_s + from + filter.where());
    filter.bindTo(count);
    const qint64 total = count.scalar().toLongLong();
    Sql q(db,
          u"SELECT %1"_s.arg(QLatin1StringView(programmeColumns)) + from + filter.where()
                  + u" ORDER BY s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset"_s);
    filter.bindTo(q);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
    QJsonArray data;
    while (q.next())
        data.append(programmeRow(q));
    return pageOf(data, page, limit, total);
}

QJsonObject SponsorshipService::byId(const Principal *by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SponsorshipProgramme> programme = find(db, id);
    if (!programme)
        throw ApiError::notFound(u"Sponsorship not found"_s);
    const bool staff = by && by->isStaff();
    const bool ownCompany = by && by->companyId && *by->companyId == programme->companyId;
    // A draft is the company's own business: to everyone else it does not exist.
    if (programme->status == u"draft"_s && !staff && !ownCompany)
        throw ApiError::notFound(u"Sponsorship not found"_s);
    const bool inside = staff || (by && reviews(db, *by, programme->companyId));
    return programmeJson(db, id, inside);
}

SponsorshipProgramme SponsorshipService::managed(QSqlDatabase db, const Principal &by, qint64 id)
{
    const std::optional<SponsorshipProgramme> programme = find(db, id);
    if (!programme || !by.companyId || *by.companyId != programme->companyId)
        throw ApiError::notFound(u"Sponsorship not found"_s);
    if (!OnboardingService::hasCompanyPermission(db, by, managePermission()))
        throw ApiError::forbidden(u"Your company role does not allow this (sponsorships.manage)"_s);
    return *programme;
}

QJsonObject SponsorshipService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const SponsorshipProgramme programme = managed(db, by, id);

    Sql current(db,
                u"SELECT title, description, amount, currency, benefits, slots, eligibility, "
                "required_documents FROM sponsorships WHERE id = :id"_s);
    current.bind(u":id"_s, id).exec();
    current.next();
    QJsonObject merged {
        { u"title"_s, current.value(0).toString() },
        { u"description"_s, current.value(1).toString() },
        { u"amount"_s,
          current.value(2).isNull() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(current.value(2).toLongLong()) },
        { u"currency"_s, current.value(3).toString() },
        { u"benefits"_s, textOrNull(current.value(4)) },
        { u"slots"_s, current.value(5).toInt() },
        { u"eligibility"_s, textOrNull(current.value(6)) },
        { u"required_documents"_s,
          QJsonDocument::fromJson(current.value(7).toString().toUtf8()).array() },
        { u"opening_date"_s, programme.openingDate },
        { u"closing_date"_s, programme.closingDate },
        { u"status"_s, programme.status },
    };
    current.query().finish();
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() != u"workflow"_s)
            merged.insert(it.key(), it.value());
    }

    const QString opening = merged.value(u"opening_date"_s).toString();
    const QString closing = merged.value(u"closing_date"_s).toString();
    if (input.contains(u"opening_date"_s) || input.contains(u"closing_date"_s))
        checkDates(opening, closing,
                   input.contains(u"closing_date"_s) && closing != programme.closingDate);
    const QString status = merged.value(u"status"_s).toString();
    if (status == u"draft"_s && programme.status != u"draft"_s)
        throw ApiError::unprocessable(
                u"A published programme cannot go back to draft; close it instead"_s);
    if (status == u"open"_s && programme.status != u"open"_s && closing < today())
        throw ApiError::unprocessable(
                u"The closing date has passed: set a new closing_date to open the programme"_s);
    std::optional<QList<NewLevel>> levels;
    if (input.contains(u"workflow"_s))
        levels = parseWorkflow(db, programme.companyId, input.value(u"workflow"_s).toArray());

    Transaction tx(db);
    if (levels) {
        Sql applied(db, u"SELECT 1 FROM sponsorship_applications WHERE sponsorship_id = :id"_s);
        if (applied.bind(u":id"_s, id).exec().next())
            throw ApiError::unprocessable(
                    u"The approval workflow cannot change once the programme has applications"_s);
        applied.query().finish();
        saveWorkflow(db, id, *levels);
    }
    const QJsonValue amount = merged.value(u"amount"_s);
    // Guarded: slots never drop below the places already awarded, even while approvals run.
    Sql save(db,
             u"UPDATE sponsorships SET title = :title, description = :description, "
             "amount = :amount, currency = :currency, benefits = :benefits, slots = :slots, "
             "eligibility = :eligibility, opening_date = :opening, closing_date = :closing, "
             "required_documents = :documents, status = :status, updated_at = :now "
             "WHERE id = :id AND deleted_at IS NULL AND slots_filled <= :slots"_s);
    save.bind(u":title"_s, merged.value(u"title"_s).toString())
            .bind(u":description"_s, merged.value(u"description"_s).toString())
            .bind(u":amount"_s,
                  amount.isDouble() ? QVariant(amount.toInteger())
                                    : QVariant(QMetaType::fromType<qint64>()))
            .bind(u":currency"_s, merged.value(u"currency"_s).toString())
            .bind(u":benefits"_s, nullIfEmpty(merged.value(u"benefits"_s)))
            .bind(u":slots"_s, merged.value(u"slots"_s).toInteger())
            .bind(u":eligibility"_s, nullIfEmpty(merged.value(u"eligibility"_s)))
            .bind(u":opening"_s, opening)
            .bind(u":closing"_s, closing)
            .bind(u":documents"_s, documentsText(merged.value(u"required_documents"_s)))
            .bind(u":status"_s, status)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    if (save.rowsAffected() != 1)
        throw ApiError::unprocessable(
                u"%1 place(s) are already awarded: slots cannot be fewer"_s.arg(
                        programme.slotsFilled));
    tx.commit();
    return programmeJson(db, id, true);
}

void SponsorshipService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    managed(db, by, id);
    Transaction tx(db);
    const QString now = nowText();
    Sql removed(db,
                u"UPDATE sponsorships SET deleted_at = :now, updated_at = :now "
                "WHERE id = :id AND deleted_at IS NULL AND (status = 'closed' OR NOT EXISTS "
                "(SELECT 1 FROM sponsorship_applications a WHERE a.sponsorship_id = :id))"_s);
    removed.bind(u":now"_s, now).bind(u":id"_s, id).exec();
    if (removed.rowsAffected() != 1)
        throw ApiError::conflict(u"This programme has applications: close it before deleting it"_s);
    const auto notifications = SponsorshipApplicationService(m_context).cancelUndecided(
            db, id, by.userId, u"The sponsor withdrew the programme"_s);
    tx.commit();
    NotificationService publisher(m_context);
    for (const auto &[userId, notification] : notifications)
        publisher.publish(userId, notification);
}

QJsonObject SponsorshipService::addDocument(const Principal &by, qint64 id, const QString &label,
                                            const QByteArray &bytes)
{
    QSqlDatabase db = m_context.db();
    managed(db, by, id);
    Transaction tx(db);
    const StoredFile file = m_context.storage->store(db, by.userId, FileKind::Document, bytes);
    const QString now = nowText();
    Sql(db,
        u"INSERT INTO sponsorship_documents (sponsorship_id, file_key, label, uploaded_by, "
        "created_at) VALUES (:id, :key, :label, :by, :now)"_s)
            .bind(u":id"_s, id)
            .bind(u":key"_s, file.key)
            .bind(u":label"_s, nullIfEmpty(label))
            .bind(u":by"_s, by.userId)
            .bind(u":now"_s, now)
            .exec();
    Sql(db, u"UPDATE sponsorships SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .exec();
    tx.commit();
    QJsonObject out = storedFileJson(*m_context.storage, file);
    out.insert(u"sponsorship_id"_s, id);
    out.insert(u"label"_s, label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(label));
    out.insert(u"uploaded_at"_s, now);
    return out;
}

} // namespace wn
