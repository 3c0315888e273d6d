// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apiclient.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

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
    Q_PROPERTY(QVariantMap user READ user NOTIFY userChanged)
    Q_PROPERTY(QString role READ role NOTIFY userChanged)
    Q_PROPERTY(qint64 userId READ userId NOTIFY userChanged)
    /** "First Last (role)" of the logged-in user, empty when logged out. */
    Q_PROPERTY(QString displayName READ displayName NOTIFY userChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static Session *create(QQmlEngine *, QJSEngine *);
    /** The instance QML uses; main() may configure it before the UI loads. */
    static Session *instance();

    QString serverUrl() const;
    void setServerUrl(const QString &url);
    bool loggedIn() const { return !m_user.isEmpty(); }
    QVariantMap user() const { return m_user; }
    QString role() const { return m_user.value(QStringLiteral("role")).toString(); }
    qint64 userId() const { return m_user.value(QStringLiteral("id")).toLongLong(); }
    /** Whether a token from an earlier run is waiting for restore(). */
    bool hasRememberedToken() const { return !m_api.token().isEmpty() && m_user.isEmpty(); }
    QString displayName() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    ApiClient *api() { return &m_api; }

    /**
     * Logs in through the door of @p kind: "talent", "employer" (company owner), "staff" (a
     * company's staff) or "admin" (admins, support and everyone else).
     */
    Q_INVOKABLE void login(const QString &email, const QString &password,
                           const QString &kind = QString());
    Q_INVOKABLE void logout();
    /** Checks a remembered token with the server (GET /api/v1/auth/me). */
    Q_INVOKABLE void restore();

Q_SIGNALS:
    void serverUrlChanged();
    void userChanged();
    void busyChanged();
    void errorChanged();

private:
    // Private: Qt 6.4 builds a singleton with a public default constructor in preference to
    // create(), which would give QML a second instance.
    explicit Session(QObject *parent = nullptr);

    void setBusy(bool busy);
    void setError(const QString &error);
    void setUser(const QVariantMap &user, const QString &token);

    ApiClient m_api;
    QVariantMap m_user;
    bool m_busy = false;
    QString m_error;
};

} // namespace wn::client
