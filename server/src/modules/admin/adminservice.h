// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;

/** @brief The admin console's lists of talents and employers, and its dashboard figures. */
class AdminService
{
public:
    explicit AdminService(ServerContext &context);

    QJsonObject talents(const QJsonObject &query, int page, int limit);
    QJsonObject employers(const QJsonObject &query, int page, int limit);
    /** Every figure comes from an aggregate query; no rows are loaded to count them. */
    QJsonObject statistics();

    /** Days covered by the sign-ups series, today included. */
    static constexpr int signUpDays = 30;

private:
    /**
     * The rows (not deleted) of @p table, 0 if it does not exist: the console works before and
     * without the modules that own those tables.
     */
    static qint64 countIfPresent(QSqlDatabase db, const QString &table);

    ServerContext &m_context;
};

} // namespace wn
