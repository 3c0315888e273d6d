// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <QHash>
#include <QList>

#include <memory>

class QTranslator;

namespace wn {

struct ServerContext;

/** @brief One plain-text message. */
struct MailMessage
{
    QString to;
    QString subject;
    QString text;
    /** What it is written in ("fr"): its Content-Language. */
    QString language;

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
 * @brief The words of mail in one language. A module marks each text it mails with
 * QT_TRANSLATE_NOOP("Mail", …), or QT_TRANSLATE_N_NOOP for one that counts with %n, and asks for
 * it here. The catalogues compiled into the server give it in the reader's language: the mail's
 * (server/i18n/mail_<code>.ts; English is the source, its catalogue holds the plural forms
 * alone) and the vocabulary's that the client shares (notifications, statuses, reasons). A text
 * not yet translated goes in English.
 */
class MailWords
{
public:
    /** The language ("fr") these words are in. */
    const QString &language() const { return m_language; }
    /** @p text of the "Mail" context in this language; @p n, for a text that counts, stands for
     *  its %n. */
    QString operator()(const char *text, int n = -1) const { return translate("Mail", text, n); }
    /** @p text of the "Mail" context in this language with @p values in its %1, %2, ... in one
     *  pass (a value holding "%2" stays as it is). */
    QString operator()(const char *text, const QStringList &values) const;
    /** @p text of @p context in this language. */
    QString translate(const char *context, const char *text, int n = -1) const;

private:
    friend class Mailer;
    using Catalogues = QList<std::shared_ptr<QTranslator>>;
    MailWords(QString language, Catalogues catalogues)
        : m_language(std::move(language))
        , m_catalogues(std::move(catalogues))
    { }

    QString m_language;
    Catalogues m_catalogues;
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
    /** The words of mail to a reader of @p language: a code of forms::languages(), or empty
     *  (anything else) for the server's mail/language, the language of readers who chose none. */
    MailWords words(const QString &language) const;
    /** The words of mail to @p email: in the language its account chose, if it has one. */
    MailWords wordsFor(QSqlDatabase db, const QString &email) const;
    /** The job handler: builds the message and hands it to the transport. */
    void deliver(const MailMessage &message);

private:
    ServerContext &m_context;
    QString m_from;
    QString m_language;
    std::unique_ptr<MailTransport> m_transport;
    QHash<QString, MailWords::Catalogues> m_catalogues;
};

} // namespace wn
