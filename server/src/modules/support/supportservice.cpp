// SPDX-License-Identifier: Apache-2.0
#include "supportservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

void addFilters(const QJsonObject &query, SqlFilter &filter)
{
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty()) {
        filter.addContains({ u"LOWER(u.first_name || ' ' || u.last_name)"_s, u"u.email"_s,
                             u"LOWER(u.wn_id)"_s, u"u.phone_number"_s },
                           search);
    }
    filter.addEqual(query, u"status"_s, u"u.status"_s);
}

} // namespace

SupportService::SupportService(ServerContext &context, AccountService &accounts)
    : m_context(context)
    , m_accounts(accounts)
{ }

QJsonObject SupportService::createSupportAccount(const Principal &by, const QJsonObject &input)
{
    NewAccount account = NewAccount::person(input, Role::Support);
    account.invitedBy = by.userId;
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const qint64 id = m_accounts.create(db, account);
    m_accounts.sendInvitation(db, id, { QT_TRANSLATE_NOOP("Mail", "join the support desk") });
    tx.commit();
    return { { u"message"_s, u"Invitation sent"_s }, { u"user"_s, m_accounts.details(db, id) } };
}

QJsonObject SupportService::summaries(const SqlFilter &filter, int page, int limit)
{
    return selectPage(m_context.db(), AccountService::summaryColumns(), u"users u"_s, filter,
                      u"u.created_at DESC, u.id DESC"_s, page, limit, [this](Sql &q) {
                          return AccountService::readSummary(q, *m_context.storage).toJson();
                      });
}

QJsonObject SupportService::listSupportAccounts(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"u.role = 'support'"_s);
    filter.add(u"u.deleted_at IS NULL"_s);
    addFilters(query, filter);
    return summaries(filter, page, limit);
}

QJsonObject SupportService::searchUsers(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"u.deleted_at IS NULL"_s);
    addFilters(query, filter);
    filter.addEqual(query, u"role"_s, u"u.role"_s);
    return summaries(filter, page, limit);
}

} // namespace wn
