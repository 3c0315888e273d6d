// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace wn {

struct ServerContext;

/** @brief One plain-text message. */
struct MailMessage
{
    QString to;
    QString subject;
    QString text;

    /** The RFC 5322 message with MIME headers (UTF-8 text, encoded-word subject). */
    QByteArray toMime(const QString &from, const QString &messageId) const;
};

/** @brief Hands a finished message to the outside world. */
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    /** Delivers or throws with the reason (the job runner retries). */
    virtual void deliver(const QString &from, const QString &to, const QByteArray &mime) = 0;
};

/** Writes each message as <outbox>/<time>-<id>.eml: the default, and what tests read. */
class FileTransport : public MailTransport
{
public:
    explicit FileTransport(QString directory);
    void deliver(const QString &from, const QString &to, const QByteArray &mime) override;

private:
    QString m_directory;
};

/** Sends through an SMTP server with libcurl (STARTTLS or SMTPS, optional login). */
class SmtpTransport : public MailTransport
{
public:
    SmtpTransport(QString url, QString user, QString password, bool requireTls);
    void deliver(const QString &from, const QString &to, const QByteArray &mime) override;

private:
    QString m_url;
    QString m_user;
    QString m_password;
    bool m_requireTls;
};

/**
 * @brief Mail goes through the outbox: send() records a job in the caller's transaction (so a
 * message exists only if what caused it was committed) and the job runner delivers it.
 */
class Mailer
{
public:
    explicit Mailer(ServerContext &context);
    ~Mailer();

    /** @p bulk mail (mass invitations) waits behind everything else that is due. */
    void send(QSqlDatabase db, const MailMessage &message, bool bulk = false);
    const QString &from() const { return m_from; }
    /** The job handler: builds the message and hands it to the transport. */
    void deliver(const MailMessage &message);

private:
    ServerContext &m_context;
    QString m_from;
    std::unique_ptr<MailTransport> m_transport;
};

} // namespace wn
