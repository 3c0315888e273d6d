// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace wn {

class AccountService;
struct ServerContext;
struct SqlFilter;
struct Principal;

/** @brief Support accounts, and the account search support staff answer users' questions with. */
class SupportService
{
public:
    SupportService(ServerContext &context, AccountService &accounts);

    /** Opens a support account and mails its invitation to choose a password. */
    QJsonObject createSupportAccount(const Principal &by, const QJsonObject &input);
    QJsonObject listSupportAccounts(const QJsonObject &query, int page, int limit);
    /** Every open account, as summaries (no secrets), filtered by ?q=, ?role= and ?status=. */
    QJsonObject searchUsers(const QJsonObject &query, int page, int limit);

private:
    QJsonObject summaries(const SqlFilter &filter, int page, int limit);

    ServerContext &m_context;
    AccountService &m_accounts;
};

} // namespace wn
