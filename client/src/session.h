// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apiclient.h"

#include <wn/common/roles.h>
#include <wn/common/user.h>

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace wn::client {

/**
 * @brief Who is logged in, to which server. The server address and the token are kept across
 * restarts (QSettings) and dropped on logout or when the server refuses the token.
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY userChanged)
    /** The account logged in; an empty summary (id 0) when logged out. */
    Q_PROPERTY(wn::UserSummary user READ user NOTIFY userChanged)
    Q_PROPERTY(wn::Role role READ role NOTIFY userChanged)
    /** The account's id as QML holds numbers (QML tooling of Qt 6.4 has no type for qint64). */
    Q_PROPERTY(double userId READ userId NOTIFY userChanged)
    /** "First Last (role)" of the logged-in user, the role in the language spoken; empty when
     *  logged out. */
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static Session *create(QQmlEngine *, QJSEngine *);
    /** The instance QML uses; main() may configure it before the UI loads. */
    static Session *instance();

    QString serverUrl() const;
    void setServerUrl(const QString &url);
    bool loggedIn() const { return m_user.has_value(); }
    UserSummary user() const { return m_user.value_or(UserSummary {}); }
    /** The logged-in account's role; Talent, the default, when logged out. */
    Role role() const { return user().role; }
    qint64 userId() const { return m_user ? m_user->id : 0; }
    /** Whether a token from an earlier run is waiting for restore(). */
    bool hasRememberedToken() const { return !m_api.token().isEmpty() && !m_user; }
    QString displayName() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    ApiClient *api() { return &m_api; }

    /**
     * Logs in through the door of @p kind: "talent", "employer" (company owner), "staff" (a
     * company's staff), "partner" (a partner organisation's people) or "admin" (admins, support
     * and everyone else).
     */
    Q_INVOKABLE void login(const QString &email, const QString &password,
                           const QString &kind = QString());
    Q_INVOKABLE void logout();
    /** Checks a remembered token with the server (GET /api/v1/auth/me). */
    Q_INVOKABLE void restore();

Q_SIGNALS:
    void serverUrlChanged();
    void userChanged();
    /** The user changed, or the language the role is named in. */
    void displayNameChanged();
    void busyChanged();
    void errorChanged();

private:
    // Private: Qt 6.4 builds a singleton with a public default constructor in preference to
    // create(), which would give QML a second instance.
    explicit Session(QObject *parent = nullptr);

    /** A new translation installed: the role is named again. */
    bool eventFilter(QObject *watched, QEvent *event) override;
    void setBusy(bool busy);
    void setError(const QString &error);
    void setUser(const std::optional<UserSummary> &user, const QString &token);
    /**
     * Tells the server the language the signed-in person chose, which their mail is written in.
     * Until the server has it, it stays owed (kept per server and user): it is sent again at
     * the person's next sign-in or session restored.
     */
    void sendChosenLanguage(const QString &language);

    ApiClient m_api;
    std::optional<UserSummary> m_user;
    bool m_busy = false;
    QString m_error;
};

} // namespace wn::client
