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

} // namespace wn::accountdoors
