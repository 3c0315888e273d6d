// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <span>

namespace wn {

/** @brief One documented setting: "section/key", its default, and what it does. */
struct SettingInfo
{
    const char *key;
    const char *defaultValue;
    const char *description;
    /** Holds a credential (a password, a key, a token, a URL that may carry a password): shown
     *  to nobody through the API, only whether it is set. */
    bool secret = false;
};

/**
 * @brief The server's configuration: defaults, then an INI file, then WN_<SECTION>_<KEY>
 * environment variables, then command-line overrides, each overriding the one before.
 */
class Config
{
public:
    /** Every setting the server reads, with its default: the admin guide lists the same. */
    static std::span<const SettingInfo> settings();

    /** Loads @p file (if not empty) and the environment; problems go to @p errors. */
    static Config load(const QString &file, const QProcessEnvironment &env,
                       QStringList *errors = nullptr);

    QString value(const QString &key) const;
    void set(const QString &key, const QString &value) { m_values.insert(key, value); }
    int integer(const QString &key) const;
    qint64 bytes(const QString &key) const;
    bool flag(const QString &key) const;

    /** Whether @p key is marked secret in settings() (unknown keys count as secret). */
    static bool isSecret(const QString &key);

    /** Every problem with the current values, at once. */
    QStringList validate() const;

    // The settings used everywhere, typed.
    QString dataDir() const;
    QHostAddress listenAddress() const;
    quint16 listenPort() const;
    /** The database URL: "sqlite:<path>" (default: the data dir's worknation.db) or
     * "postgres://...". */
    QString databaseUrl() const;
    int threads() const;
    /** The URL users reach the server at, for links in mail and attendance codes; defaults to
     *  http://<listen>. */
    QString publicUrl() const;

private:
    QHash<QString, QString> m_values;
};

} // namespace wn
