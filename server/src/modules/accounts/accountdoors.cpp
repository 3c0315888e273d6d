// SPDX-License-Identifier: Apache-2.0
#include "accountdoors.h"

using namespace Qt::StringLiterals;

namespace wn::accountdoors {

ClientInfo clientOf(const Call &call)
{
    QString agent = QString::fromUtf8(call.header("User-Agent")).left(255);
    agent.removeIf([](QChar c) { return c.unicode() < 0x20; });
    return { call.clientAddress().toString(), agent };
}

Field mailedCode()
{
    return Field::pattern(u"[0-9]{6}"_s, u"a 6-digit code"_s, 6);
}

Schema loginBody(const QString &example)
{
    Field email = Field::email().required();
    if (!example.isEmpty())
        email = email.example(example);
    return { { u"email"_s, email }, { u"password"_s, Field::string(1, 128).verbatim().required() } };
}

Schema passwordResetBody()
{
    return { { u"email"_s, Field::email().required() },
             { u"token"_s, mailedCode().required() },
             { u"password"_s, Field::password().required() } };
}

void installLogin(Api &api, const std::shared_ptr<AccountService> &accounts, const QString &path,
                  Endpoint endpoint, const QList<Role> &roles)
{
    api.post(path, std::move(endpoint), [accounts, roles](Call &call) {
        return accounts
                ->login(call.body().value(u"email"_s).toString(),
                        call.body().value(u"password"_s).toString(), roles, clientOf(call))
                .toJson();
    });
}

void installForgotPassword(Api &api, const std::shared_ptr<AccountService> &accounts,
                           const QString &path, Endpoint endpoint, const QList<Role> &roles,
                           const QString &sent)
{
    endpoint.body = { { u"email"_s, Field::email().required() } };
    api.post(path, std::move(endpoint), [accounts, roles, sent](Call &call) {
        accounts->forgotPassword(call.body().value(u"email"_s).toString(), roles);
        return Response::message(sent);
    });
}

void installPasswordReset(Api &api, const std::shared_ptr<AccountService> &accounts,
                          const QString &path, Endpoint endpoint, const QList<Role> &roles,
                          const QString &changed)
{
    endpoint.body = passwordResetBody();
    api.post(path, std::move(endpoint), [accounts, roles, changed](Call &call) {
        const QJsonObject &body = call.body();
        accounts->resetPassword(body.value(u"email"_s).toString(),
                                body.value(u"token"_s).toString(),
                                body.value(u"password"_s).toString(), roles);
        return Response::message(changed);
    });
}

} // namespace wn::accountdoors
