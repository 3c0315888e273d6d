// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace wn {

struct ServerContext;

/** @brief A demo login that seed-demo creates. */
struct DemoLogin
{
    QString role;
    QString email;
    QString password;
};

/** Creates the demo accounts and company if they are missing; answers the logins. */
QList<DemoLogin> seedDemo(ServerContext &context);
/** Creates an active admin (or super admin) account; throws ApiError 409 if the email is taken. */
qint64 createAdmin(ServerContext &context, const QString &email, const QString &password,
                   bool super);

} // namespace wn
