// SPDX-License-Identifier: Apache-2.0
#include "onboardingservice.h"

#include "core/auth/principal.h"
#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/reference/referenceservice.h"

#include <wn/common/apierror.h>

#include <QDate>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr int minimumAge = 16;

void checkAge(const QJsonObject &input)
{
    const QString dob = input.value(u"date_of_birth"_s).toString();
    if (dob.isEmpty())
        return;
    const QDate date = QDate::fromString(dob, Qt::ISODate);
    if (date > QDate::currentDate().addYears(-minimumAge))
        throw ApiError::badRequest(
                QStringList { u"date_of_birth must be at least %1 years ago"_s.arg(minimumAge) });
}

NewAccount accountFrom(const QJsonObject &input, Role role)
{
    NewAccount account = NewAccount::person(input, role);
    account.password = input.value(u"password"_s).toString();
    account.gender = input.value(u"gender"_s).toString();
    account.dateOfBirth = input.value(u"date_of_birth"_s).toString();
    return account;
}

using Filter = SqlFilter;

void addSearch(Filter &filter, const QJsonObject &query, const QString &alias)
{
    const QString search = query.value(u"q"_s).toString();
    if (search.isEmpty())
        return;
    filter.addContains({ u"LOWER(%1.first_name || ' ' || %1.last_name)"_s.arg(alias),
                         u"%1.email"_s.arg(alias) },
                       search);
}

QJsonObject userRow(Sql &q)
{
    return AccountService::readSummary(q, {}).toJson();
}

} // namespace

OnboardingService::OnboardingService(ServerContext &context, AccountService &accounts,
                                     ReferenceService &reference)
    : m_context(context)
    , m_accounts(accounts)
    , m_reference(reference)
{ }

QJsonObject OnboardingService::registerTalent(const QJsonObject &input, bool nigeria)
{
    checkAge(input);
    QSqlDatabase db = m_context.db();
    NewAccount account = accountFrom(input, Role::Talent);
    if (nigeria) {
        account.countryCode = u"NG"_s;
        account.state = m_reference.stateName(db, u"NG"_s, input.value(u"state"_s).toString());
        if (account.state.isEmpty())
            throw ApiError::badRequest(
                    QStringList { u"state must be one of Nigeria's 36 states or the FCT"_s });
    } else {
        bool african = false;
        account.countryCode = input.value(u"country"_s).toString().toUpper();
        if (!m_reference.isCountry(db, account.countryCode, &african) || !african)
            throw ApiError::badRequest(
                    QStringList { u"country must be the ISO code of an African country"_s });
        if (account.countryCode == u"NG"_s)
            throw ApiError::badRequest(QStringList {
                    u"country must not be Nigeria here: use the Nigerian onboarding"_s });
        account.state = input.value(u"state"_s).toString();
    }
    Transaction tx(db);
    const qint64 id = m_accounts.create(db, account);
    m_accounts.sendVerificationCode(db, id);
    tx.commit();
    return { { u"message"_s,
               u"Account created; enter the code we sent to your email to verify it"_s },
             { u"user"_s, m_accounts.details(db, id) } };
}

qint64 OnboardingService::createCompany(QSqlDatabase db, const QString &kind,
                                        const QJsonObject &input, const QString &countryCode,
                                        const QString &state)
{
    const QString now = nowText();
    const QString name
            = input.value(kind == u"sponsor"_s ? u"organisation_name"_s : u"company_name"_s)
                      .toString();
    return insertRowReturningId(
            db, u"companies"_s,
            { { u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
              { u"kind"_s, kind },
              { u"name"_s, name },
              { u"country_code"_s, countryCode },
              { u"state"_s, nullIfEmpty(state) },
              { u"industry"_s, nullIfEmpty(input.value(u"industry"_s)) },
              { u"address"_s, nullIfEmpty(input.value(u"address"_s)) },
              { u"website"_s, nullIfEmpty(input.value(u"website"_s)) },
              { u"registration_number"_s, nullIfEmpty(input.value(u"registration_number"_s)) },
              { u"is_sponsor"_s, kind == u"sponsor"_s },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
}

QJsonObject OnboardingService::registerEmployer(const QJsonObject &input, bool nigeria)
{
    QSqlDatabase db = m_context.db();
    QString country = u"NG"_s;
    QString state;
    if (nigeria) {
        state = m_reference.stateName(db, u"NG"_s, input.value(u"state"_s).toString());
        if (state.isEmpty())
            throw ApiError::badRequest(
                    QStringList { u"state must be one of Nigeria's 36 states or the FCT"_s });
    } else {
        country = input.value(u"country"_s).toString().toUpper();
        if (!m_reference.isCountry(db, country))
            throw ApiError::badRequest(
                    QStringList { u"country must be an ISO 3166 country code"_s });
        if (country == u"NG"_s)
            throw ApiError::badRequest(QStringList {
                    u"country must not be Nigeria here: use the Nigerian employer sign-up"_s });
        state = input.value(u"state"_s).toString();
    }
    Transaction tx(db);
    const qint64 companyId = createCompany(db, u"employer"_s, input, country, state);
    NewAccount account = accountFrom(input, Role::Employer);
    account.countryCode = country;
    account.state = state;
    const qint64 userId = m_accounts.createOwner(db, account, companyId);
    // Two starting roles for staff; the owner can edit or replace them.
    const QList<QPair<QString, QStringList>> starters {
        { u"Hiring manager"_s,
          { u"jobs.create"_s, u"jobs.publish"_s, u"applications.read"_s, u"applications.decide"_s,
            u"reports.read"_s, u"chat.use"_s } },
        { u"Recruiter"_s,
          { u"jobs.create"_s, u"applications.read"_s, u"applications.decide"_s, u"chat.use"_s } },
    };
    for (const auto &[name, permissions] : starters)
        insertCompanyRole(db, companyId, name, u"Starting role"_s, permissions);
    m_accounts.sendVerificationCode(db, userId);
    tx.commit();
    QJsonObject user = m_accounts.details(db, userId);
    return { { u"message"_s,
               u"Employer account created; enter the code we sent to your email to verify it"_s },
             { u"user"_s, user } };
}

QJsonObject OnboardingService::registerSponsor(const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QString country = input.value(u"country"_s).toString().toUpper();
    if (!m_reference.isCountry(db, country))
        throw ApiError::badRequest(QStringList { u"country must be an ISO 3166 country code"_s });
    Transaction tx(db);
    const qint64 companyId
            = createCompany(db, u"sponsor"_s, input, country, input.value(u"state"_s).toString());
    NewAccount account = accountFrom(input, Role::Sponsor);
    account.countryCode = country;
    const qint64 userId = m_accounts.createOwner(db, account, companyId);
    m_accounts.sendVerificationCode(db, userId);
    tx.commit();
    return { { u"message"_s,
               u"Sponsor account created; enter the code we sent to your email to verify it"_s },
             { u"user"_s, m_accounts.details(db, userId) } };
}

QJsonObject OnboardingService::createStaff(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    NewAccount account = accountFrom(input, *roleFromName(input.value(u"role"_s).toString()));
    account.password.clear();
    account.invitedBy = by.userId;
    Transaction tx(db);
    const qint64 id = m_accounts.create(db, account);
    m_accounts.sendInvitation(db, id, { QT_TRANSLATE_NOOP("Mail", "join the admin console") });
    tx.commit();
    return { { u"message"_s, u"Invitation sent"_s }, { u"user"_s, m_accounts.details(db, id) } };
}

QJsonObject OnboardingService::addEmployee(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 roleId = input.value(u"role_id"_s).toInteger();
    checkCompanyRole(db, *by.companyId, roleId);
    NewAccount account = accountFrom(input, Role::Employee);
    account.password.clear();
    account.companyId = by.companyId;
    account.companyRoleId = roleId;
    account.jobTitle = input.value(u"job_title"_s).toString();
    account.invitedBy = by.userId;
    const std::optional<SqlRow> company
            = Sql(db, u"SELECT name, country_code FROM companies WHERE id = :id"_s)
                      .bind(u":id"_s, *by.companyId)
                      .one();
    const QString companyName = company ? company->text(u"name"_s) : QString();
    account.countryCode = company ? company->text(u"country_code"_s) : QString();
    Transaction tx(db);
    const qint64 id = m_accounts.create(db, account);
    m_accounts.sendInvitation(db, id, { QT_TRANSLATE_NOOP("Mail", "join %1"), companyName });
    tx.commit();
    return m_accounts.details(db, id);
}

QJsonObject OnboardingService::updateEmployee(const Principal &by, qint64 userId,
                                              const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const SqlRow owned
            = Sql(db,
                  u"SELECT status FROM users WHERE id = :id AND company_id = :company AND role = "
                  "'employee' AND deleted_at IS NULL"_s)
                      .bind(u":id"_s, userId)
                      .bind(u":company"_s, *by.companyId)
                      .found(u"Employee not found"_s);
    const QString currentStatus = owned.text(u"status"_s);
    if (input.contains(u"role_id"_s))
        checkCompanyRole(db, *by.companyId, input.value(u"role_id"_s).toInteger());
    const QString status = input.value(u"status"_s).toString();
    if (!status.isEmpty() && currentStatus == u"pending"_s && status == u"active"_s)
        throw ApiError::unprocessable(
                u"An invited employee becomes active by accepting the invitation"_s);
    if (userId == by.userId && status == u"suspended"_s)
        throw ApiError::unprocessable(u"You cannot suspend yourself"_s);

    Transaction tx(db);
    static const QList<QPair<QString, QString>> columns {
        { u"first_name"_s, u"first_name"_s },     { u"last_name"_s, u"last_name"_s },
        { u"phone_number"_s, u"phone_number"_s }, { u"job_title"_s, u"job_title"_s },
        { u"role_id"_s, u"company_role_id"_s },   { u"status"_s, u"status"_s }
    };
    // Column names come from the list above, never from the request.
    SqlChanges changes;
    for (const auto &[field, column] : columns) {
        if (input.contains(field))
            changes.set(column, input.value(field).toVariant());
    }
    changes.write(db, u"users"_s, userId);
    if (status == u"suspended"_s)
        m_context.tokens->revokeAll(db, userId);
    tx.commit();
    return m_accounts.details(db, userId);
}

QJsonObject OnboardingService::listEmployees(const Principal &by, const QJsonObject &query,
                                             int pageNumber, int limit)
{
    QSqlDatabase db = m_context.db();
    Filter filter;
    filter.add(u"u.company_id = :company"_s, u":company"_s, *by.companyId);
    filter.add(u"u.role = 'employee'"_s);
    filter.add(u"u.deleted_at IS NULL"_s);
    addSearch(filter, query, u"u"_s);
    filter.addEqual(query, u"status"_s, u"u.status"_s);
    return selectPage(db,
                      AccountService::summaryColumns()
                              + u", u.job_title, r.id AS role_id, r.name AS role_name"_s,
                      u"users u LEFT JOIN company_roles r ON r.id = u.company_role_id"_s, filter,
                      u"u.created_at DESC, u.id DESC"_s, pageNumber, limit, [](Sql &q) {
                          QJsonObject row = userRow(q);
                          row.insert(u"job_title"_s, q.text(u"job_title"_s));
                          row.insert(u"company_role"_s,
                                     q.isNull(u"role_id"_s)
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QJsonObject {
                                                     { u"id"_s, q.id(u"role_id"_s) },
                                                     { u"name"_s, q.text(u"role_name"_s) } }));
                          return row;
                      });
}

void OnboardingService::filterTalents(SqlFilter &filter, const QJsonObject &query)
{
    filter.add(u"u.role = 'talent'"_s);
    filter.add(u"u.deleted_at IS NULL"_s);
    addSearch(filter, query, u"u"_s);
    if (query.contains(u"country"_s))
        filter.add(u"u.country_code = :country"_s, u":country"_s,
                   query.value(u"country"_s).toString().toUpper());
    if (query.contains(u"state"_s))
        filter.add(u"LOWER(u.state) = :state"_s, u":state"_s,
                   query.value(u"state"_s).toString().toLower());
    filter.addEqual(query, u"status"_s, u"u.status"_s);
}

QJsonObject OnboardingService::listTalents(const QJsonObject &query, int pageNumber, int limit)
{
    Filter filter;
    filterTalents(filter, query);
    if (query.contains(u"identity_verified"_s)) {
        filter.add(query.value(u"identity_verified"_s).toBool()
                           ? u"(u.bvn_verified_at IS NOT NULL OR u.nin_verified_at IS NOT NULL)"_s
                           : u"(u.bvn_verified_at IS NULL AND u.nin_verified_at IS NULL)"_s);
    }
    return selectPage(
            m_context.db(),
            AccountService::summaryColumns()
                    + u", u.country_code, u.state, u.bvn_verified_at, u.nin_verified_at"_s,
            u"users u"_s, filter, u"u.created_at DESC, u.id DESC"_s, pageNumber, limit, [](Sql &q) {
                QJsonObject row = userRow(q);
                row.insert(u"country_code"_s, q.text(u"country_code"_s));
                row.insert(u"state"_s, q.text(u"state"_s));
                row.insert(u"identity_verified"_s,
                           !q.isNull(u"bvn_verified_at"_s) || !q.isNull(u"nin_verified_at"_s));
                return row;
            });
}

void OnboardingService::filterEmployers(SqlFilter &filter, const QJsonObject &query)
{
    filter.add(u"c.kind = 'employer'"_s);
    filter.add(u"c.deleted_at IS NULL"_s);
    if (query.contains(u"country"_s))
        filter.add(u"c.country_code = :country"_s, u":country"_s,
                   query.value(u"country"_s).toString().toUpper());
    if (query.contains(u"tin_verified"_s))
        filter.add(query.value(u"tin_verified"_s).toBool() ? u"c.tin_verified_at IS NOT NULL"_s
                                                           : u"c.tin_verified_at IS NULL"_s);
}

QJsonObject OnboardingService::listEmployers(const QJsonObject &query, int pageNumber, int limit)
{
    Filter filter;
    filterEmployers(filter, query);
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(c.name)"_s, u"u.email"_s }, search);
    return selectPage(
            m_context.db(),
            u"c.id, c.uuid, c.name, c.country_code, c.state, c.industry, c.tin_verified_at, "
            u"c.created_at, u.id AS owner_id, u.email, u.first_name, u.last_name, u.status, "
            "(SELECT COUNT(*) FROM users s WHERE s.company_id = c.id AND s.role = 'employee' "
            "AND s.deleted_at IS NULL) AS employees"_s,
            u"companies c LEFT JOIN users u ON u.id = c.owner_id"_s, filter,
            u"c.created_at DESC, c.id DESC"_s, pageNumber, limit, [](Sql &q) {
                QJsonObject company
                        = jsonOf(q,
                                 { .ids = { u"id"_s, u"employees"_s },
                                   .texts = { u"uuid"_s, u"name"_s, u"country_code"_s, u"state"_s,
                                              u"industry"_s, u"created_at"_s } });
                company.insert(u"tin_verified"_s, !q.isNull(u"tin_verified_at"_s));
                QJsonObject owner = jsonOf(
                        q,
                        { .texts = { u"email"_s, u"first_name"_s, u"last_name"_s, u"status"_s } });
                owner.insert(u"id"_s, q.id(u"owner_id"_s));
                company.insert(u"owner"_s, owner);
                return company;
            });
}

QJsonObject OnboardingService::listStaff(const QJsonObject &query, int pageNumber, int limit)
{
    Filter filter;
    filter.add(u"u.role IN ('admin', 'super_admin', 'support')"_s);
    filter.add(u"u.deleted_at IS NULL"_s);
    addSearch(filter, query, u"u"_s);
    return selectPage(m_context.db(), AccountService::summaryColumns(), u"users u"_s, filter,
                      u"u.created_at DESC, u.id DESC"_s, pageNumber, limit,
                      [](Sql &q) { return userRow(q); });
}

} // namespace wn
