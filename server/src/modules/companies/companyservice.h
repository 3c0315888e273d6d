// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace wn {

class ReferenceService;
class AccountService;
struct ServerContext;
struct Principal;

/**
 * @brief A company's profile, its owner's personal details, its contact persons and its
 * sponsorship profile. An owner or staff member only ever reaches their own company (another
 * company is a 404); admins and support read any.
 */
class CompanyService
{
public:
    CompanyService(ServerContext &context, AccountService &accounts, ReferenceService &reference);

    /** A company for an owner who has none (after deleting theirs); 409 if they have one. */
    QJsonObject create(const Principal &by, const QJsonObject &input);
    /** Staff: every company, searchable; company accounts: a page holding their own. */
    QJsonObject list(const Principal &by, const QJsonObject &query, int page, int limit);
    QJsonObject get(const Principal &by, qint64 id);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    /** Soft delete by the owner: data kept, staff suspended and logged out, owner detached. */
    QJsonObject remove(const Principal &by, qint64 id);
    QJsonObject becomeSponsor(const Principal &by, qint64 id, const QJsonObject &input);
    /** The owner's own name, phone number and job title. */
    QJsonObject updateOwnerProfile(const Principal &by, const QJsonObject &input);

    QJsonObject listContacts(const Principal &by, qint64 companyId, int page, int limit);
    QJsonObject addContact(const Principal &by, qint64 companyId, const QJsonObject &input);
    QJsonObject updateContact(const Principal &by, qint64 companyId, qint64 contactId,
                              const QJsonObject &input);
    void deleteContact(const Principal &by, qint64 companyId, qint64 contactId);

private:
    struct CompanyRef
    {
        qint64 id = 0;
        qint64 ownerId = 0;
        QString countryCode;
        bool deleted = false;
    };
    /** The company if the caller may read it; 404 otherwise. */
    CompanyRef readable(QSqlDatabase db, const Principal &by, qint64 id) const;
    /** The caller's own live company, to edit; 404 otherwise (the endpoints declare the
     *  company.profile.edit permission). */
    CompanyRef editable(QSqlDatabase db, const Principal &by, qint64 id) const;
    /** The caller's own live company if they own it; 404 or 403 otherwise. */
    CompanyRef owned(QSqlDatabase db, const Principal &by, qint64 id) const;
    QJsonObject companyJson(QSqlDatabase db, qint64 id) const;
    QJsonObject contactJson(QSqlDatabase db, qint64 companyId, qint64 contactId) const;
    /** 400 if @p input holds @p field as empty text. */
    static void requireText(const QJsonObject &input, const QString &field);

    ServerContext &m_context;
    AccountService &m_accounts;
    ReferenceService &m_reference;
};

} // namespace wn
