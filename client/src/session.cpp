// SPDX-License-Identifier: Apache-2.0
#include "session.h"

#include "appsingleton.h"
#include "language.h"
#include "vocabulary.h"

#include <wn/common/operations.h>

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QQmlEngine>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

/** Where a language chosen and not yet on the server is kept, per server and user. */
QString owedLanguageKey(const QString &server, qint64 user)
{
    return u"owedLanguage/%1/%2"_s.arg(server).arg(user);
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_api.setBaseUrl(QUrl(settings.value(u"server"_s, u"http://127.0.0.1:8080"_s).toString()));
    m_api.setToken(settings.value(u"token"_s).toString());
    connect(&m_api, &ApiClient::unauthorized, this, [this] {
        setUser(std::nullopt, {});
        setError(u"Your session has ended; log in again."_s);
    });
    connect(this, &Session::userChanged, this, &Session::displayNameChanged);
    // Every request asks for the language the client speaks (a sign-up's mail comes in it), and
    // the language a signed-in person chooses becomes the one the server mails them in.
    Language *language = Language::instance();
    m_api.setLanguage(language->spoken());
    connect(language, &Language::changed, this,
            [this, language] { m_api.setLanguage(language->spoken()); });
    connect(language, &Language::chosen, this, [this, language] {
        if (loggedIn())
            sendChosenLanguage(language->spoken());
    });
    // A choice the server did not get (it was away) goes with the next session of that person.
    connect(this, &Session::userChanged, this, [this] {
        if (!loggedIn())
            return;
        const QString owed = QSettings().value(owedLanguageKey(serverUrl(), userId())).toString();
        if (!owed.isEmpty())
            sendChosenLanguage(owed);
    });
    // Installing a translator sends the application a LanguageChange.
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT displayNameChanged();
    return QObject::eventFilter(watched, event);
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
    if (!m_user)
        return {};
    return u"%1 (%2)"_s.arg(m_user->fullName(), Vocabulary::roleText(m_user->role));
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

void Session::sendChosenLanguage(const QString &language)
{
    const QString key = owedLanguageKey(serverUrl(), userId());
    QSettings().setValue(key, language);
    m_api.send("PATCH", clientOperations().value(u"updateMe"_s).path,
               { { u"language"_s, language } }, [key, language](int status, const QJsonObject &) {
                   // Kept: the server has it, or refused it for good (a code it does not know).
                   if ((status >= 200 && status < 300) || status == 400) {
                       QSettings settings;
                       if (settings.value(key).toString() == language)
                           settings.remove(key);
                   }
               });
}

void Session::setUser(const std::optional<UserSummary> &user, const QString &token)
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
                                                 { u"staff"_s, u"loginStaff"_s },
                                                 { u"partner"_s, u"loginPartner"_s } };
    setError({});
    setBusy(true);
    // A new login replaces the current one; nothing may use the old token.
    if (loggedIn())
        setUser(std::nullopt, {});
    m_api.setToken({});
    m_api.send("POST", clientOperations().value(doors.value(kind, u"login"_s)).path,
               { { u"email"_s, email }, { u"password"_s, password } },
               [this](int status, const QJsonObject &body) {
                   setBusy(false);
                   if (status != 200) {
                       setError(ApiClient::errorMessage(status, body));
                       return;
                   }
                   const auto login = LoginResult::fromJson(body);
                   if (!login) {
                       setError(u"The server's answer to the login was not understood."_s);
                       return;
                   }
                   setUser(login->user, login->accessToken);
               });
}

void Session::logout()
{
    if (!m_api.token().isEmpty())
        m_api.send("POST", clientOperations().value(u"logout"_s).path, {},
                   [](int, const QJsonObject &) {});
    setUser(std::nullopt, {});
}

void Session::restore()
{
    if (m_api.token().isEmpty())
        return;
    setBusy(true);
    m_api.send("GET", clientOperations().value(u"me"_s).path, {},
               [this](int status, const QJsonObject &body) {
                   setBusy(false);
                   const auto user = UserSummary::fromJson(body);
                   if (status == 200 && user)
                       setUser(user, m_api.token());
                   else if (status == 0)
                       setError(ApiClient::errorMessage(status,
                                                        body)); // keep the token for the next try
                   else
                       setUser(std::nullopt, {});
               });
}

} // namespace wn::client
