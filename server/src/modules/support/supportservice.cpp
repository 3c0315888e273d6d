// SPDX-License-Identifier: Apache-2.0
#include "supportservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

using Values = QList<QPair<QString, QVariant>>;

void addFilters(const QJsonObject &query, QStringList &clauses, Values &values)
{
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty()) {
        clauses.append(u"(LOWER(u.first_name || ' ' || u.last_name) LIKE :q ESCAPE '\\' "
                       u"OR u.email LIKE :q ESCAPE '\\' OR LOWER(u.wn_id) LIKE :q ESCAPE '\\' "
                       u"OR u.phone_number LIKE :q ESCAPE '\\')"_s);
        values.append({ u":q"_s, likePattern(search.toLower()) });
    }
    if (query.contains(u"status"_s)) {
        clauses.append(u"u.status = :status"_s);
        values.append({ u":status"_s, query.value(u"status"_s).toString() });
    }
}

} // namespace

SupportService::SupportService(ServerContext &context, AccountService &accounts)
    : m_context(context)
    , m_accounts(accounts)
{ }

QJsonObject SupportService::createSupportAccount(const Principal &by, const QJsonObject &input)
{
    NewAccount account;
    account.email = input.value(u"email"_s).toString();
    account.firstName = input.value(u"first_name"_s).toString();
    account.lastName = input.value(u"last_name"_s).toString();
    account.phoneNumber = input.value(u"phone_number"_s).toString();
    account.role = Role::Support;
    account.invitedBy = by.userId;
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const qint64 id = m_accounts.create(db, account);
    m_accounts.sendInvitation(db, id, u"the Worknation support desk"_s);
    tx.commit();
    return { { u"message"_s, u"Invitation sent"_s }, { u"user"_s, m_accounts.details(db, id) } };
}

QJsonObject SupportService::summaries(const QStringList &clauses, const Values &values, int page,
                                      int limit)
{
    QSqlDatabase db = m_context.db();
    const QString where = u" WHERE "_s + clauses.join(u" AND "_s);
    Sql count(db, u"SELECT COUNT(*) FROM users u"_s + where);
    for (const auto &[name, value] : values)
        count.bind(name, value);
    const qint64 total = count.scalar().toLongLong();
    Sql q(db,
          u"SELECT "_s + AccountService::summaryColumns() + u" FROM users u"_s + where
                  + u" ORDER BY u.created_at DESC, u.id DESC LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : values)
        q.bind(name, value);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
    QJsonArray data;
    while (q.next()) {
        const QString avatarUrl = m_context.storage->url(q.text(u"avatar_key"_s));
        data.append(AccountService::readSummary(q, avatarUrl).toJson());
    }
    return pageOf(data, page, limit, total);
}

QJsonObject SupportService::listSupportAccounts(const QJsonObject &query, int page, int limit)
{
    QStringList clauses { u"u.role = 'support'"_s, u"u.deleted_at IS NULL"_s };
    Values values;
    addFilters(query, clauses, values);
    return summaries(clauses, values, page, limit);
}

QJsonObject SupportService::searchUsers(const QJsonObject &query, int page, int limit)
{
    QStringList clauses { u"u.deleted_at IS NULL"_s };
    Values values;
    addFilters(query, clauses, values);
    if (query.contains(u"role"_s)) {
        clauses.append(u"u.role = :role"_s);
        values.append({ u":role"_s, query.value(u"role"_s).toString() });
    }
    return summaries(clauses, values, page, limit);
}

} // namespace wn
