// SPDX-License-Identifier: Apache-2.0
#include "accountdoors.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn::accountdoors {

ClientInfo clientOf(const Call &call)
{
    QString agent = QString::fromUtf8(call.header("User-Agent")).left(255);
    agent.removeIf([](QChar c) { return c.unicode() < 0x20; });
    return { call.clientAddress().toString(), agent };
}

QJsonObject withLanguage(const Call &call)
{
    QJsonObject body = call.body();
    if (body.contains(u"language"_s))
        return body;
    // "fr-CH, fr;q=0.9, en;q=0.8": the acceptable language with the highest q (the first of
    // equals) that the server writes; q=0 refuses one.
    QString best;
    double bestQuality = 0;
    for (const QString &range : QString::fromLatin1(call.header("Accept-Language")).split(u',')) {
        const QStringList parts = range.split(u';');
        const QString language = parts.first().trimmed().section(u'-', 0, 0).toLower();
        double quality = 1;
        for (const QString &parameter : parts.mid(1)) {
            if (parameter.trimmed().startsWith(u"q="_s))
                quality = parameter.trimmed().mid(2).toDouble();
        }
        if (quality > bestQuality && forms::languages().contains(language)) {
            best = language;
            bestQuality = quality;
        }
    }
    if (!best.isEmpty())
        body.insert(u"language"_s, best);
    return body;
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
