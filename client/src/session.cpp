// SPDX-License-Identifier: Apache-2.0
#include "session.h"

#include "appsingleton.h"

#include <wn/common/operations.h>

#include <QHash>
#include <QQmlEngine>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace wn::client {

Session::Session(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_api.setBaseUrl(QUrl(settings.value(u"server"_s, u"http://127.0.0.1:8080"_s).toString()));
    m_api.setToken(settings.value(u"token"_s).toString());
    connect(&m_api, &ApiClient::unauthorized, this, [this] {
        setUser({}, {});
        setError(u"Your session has ended; log in again."_s);
    });
}

Session *Session::instance()
{
    return appSingleton<Session>([] { return new Session(); });
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    return instance();
}

QString Session::serverUrl() const
{
    return m_api.baseUrl().toString();
}

void Session::setServerUrl(const QString &url)
{
    QString clean = url.trimmed();
    while (clean.endsWith(u'/'))
        clean.chop(1);
    if (clean == serverUrl())
        return;
    m_api.setBaseUrl(QUrl(clean));
    QSettings().setValue(u"server"_s, clean);
    Q_EMIT serverUrlChanged();
}

QString Session::displayName() const
{
    if (m_user.isEmpty())
        return {};
    const QString name = (m_user.value(u"first_name"_s).toString() + u' '
                          + m_user.value(u"last_name"_s).toString())
                                 .trimmed();
    return u"%1 (%2)"_s.arg(name, role());
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void Session::setUser(const QVariantMap &user, const QString &token)
{
    m_api.setToken(token);
    QSettings().setValue(u"token"_s, token);
    m_user = user;
    Q_EMIT userChanged();
}

void Session::login(const QString &email, const QString &password, const QString &kind)
{
    static const QHash<QString, QString> doors { { u"talent"_s, u"loginTalent"_s },
                                                 { u"employer"_s, u"loginEmployer"_s },
                                                 { u"staff"_s, u"loginStaff"_s } };
    setError({});
    setBusy(true);
    if (loggedIn())
        setUser({}, {}); // a new login replaces the current one; nothing may use the old token
    m_api.setToken({});
    m_api.send("POST", clientOperations().value(doors.value(kind, u"login"_s)).path,
               { { u"email"_s, email }, { u"password"_s, password } },
               [this](int status, const QJsonObject &body) {
                   setBusy(false);
                   if (status != 200) {
                       setError(ApiClient::errorMessage(status, body));
                       return;
                   }
                   setUser(body.value(u"user"_s).toObject().toVariantMap(),
                           body.value(u"access_token"_s).toString());
               });
}

void Session::logout()
{
    if (!m_api.token().isEmpty())
        m_api.send("POST", clientOperations().value(u"logout"_s).path, {},
                   [](int, const QJsonObject &) {});
    setUser({}, {});
}

void Session::restore()
{
    if (m_api.token().isEmpty())
        return;
    setBusy(true);
    m_api.send("GET", clientOperations().value(u"me"_s).path, {},
               [this](int status, const QJsonObject &body) {
                   setBusy(false);
                   if (status == 200)
                       setUser(body.toVariantMap(), m_api.token());
                   else if (status == 0)
                       setError(ApiClient::errorMessage(status,
                                                        body)); // keep the token for the next try
                   else
                       setUser({}, {});
               });
}

} // namespace wn::client
