// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace wn {

class ReferenceService;
class AccountService;
struct ServerContext;
struct Principal;
struct SqlFilter;

/**
 * @brief Sign-ups of every kind (talents in Nigeria and the rest of Africa, employers in and
 * outside Nigeria, sponsors), staff accounts, a company's employees and the roles it gives them.
 */
class OnboardingService
{
public:
    OnboardingService(ServerContext &context, AccountService &accounts, ReferenceService &reference);

    QJsonObject registerTalent(const QJsonObject &input, bool nigeria);
    QJsonObject registerEmployer(const QJsonObject &input, bool nigeria);
    QJsonObject registerSponsor(const QJsonObject &input);
    QJsonObject createStaff(const Principal &by, const QJsonObject &input);

    QJsonObject addEmployee(const Principal &by, const QJsonObject &input);
    QJsonObject updateEmployee(const Principal &by, qint64 userId, const QJsonObject &input);
    QJsonObject listEmployees(const Principal &by, const QJsonObject &query, int page, int limit);

    QJsonObject listCompanyRoles(const Principal &by);
    QJsonObject companyRole(const Principal &by, qint64 id);
    QJsonObject addCompanyRole(const Principal &by, const QJsonObject &input);
    QJsonObject updateCompanyRole(const Principal &by, qint64 id, const QJsonObject &input);
    void deleteCompanyRole(const Principal &by, qint64 id);

    QJsonObject listTalents(const QJsonObject &query, int page, int limit);
    QJsonObject listEmployers(const QJsonObject &query, int page, int limit);
    QJsonObject listStaff(const QJsonObject &query, int page, int limit);

    /** Talents not deleted, found by the filters both talent lists take: q (names and email),
     *  country, state and status (users u). */
    static void filterTalents(SqlFilter &filter, const QJsonObject &query);
    /** Employer companies not deleted, found by the filters both employer lists take: country
     *  and tin_verified (companies c); each list searches in its own way. */
    static void filterEmployers(SqlFilter &filter, const QJsonObject &query);

private:
    qint64 createCompany(QSqlDatabase db, const QString &kind, const QJsonObject &input,
                         const QString &countryCode, const QString &state);
    QJsonObject companyRoleJson(QSqlDatabase db, qint64 companyId, qint64 id);
    /** The company's roles (or the one @p id), by name, from one query. */
    QJsonArray companyRoles(QSqlDatabase db, qint64 companyId, std::optional<qint64> id);
    void checkCompanyRole(QSqlDatabase db, qint64 companyId, qint64 roleId);
    /** Adds a role to the company; answers its id. */
    static qint64 insertCompanyRole(QSqlDatabase db, qint64 companyId, const QString &name,
                                    const QString &description, const QStringList &permissions);

    ServerContext &m_context;
    AccountService &m_accounts;
    ReferenceService &m_reference;
};

} // namespace wn
