// SPDX-License-Identifier: Apache-2.0
#include "mailer.h"

#include "../database.h"
#include "../jobs/jobqueue.h"
#include "../logging.h"
#include "../servercontext.h"

#include <wn/common/forms.h>

#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTranslator>
#include <QUuid>

#include <curl/curl.h>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QByteArray encodeHeader(const QString &text)
{
    // Plain ASCII goes as it is; anything else as an RFC 2047 encoded word.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray cleanLine(const QString &text)
{
    // Header values never carry line breaks: no header injection through a subject or address.
    QString clean = text;
    clean.remove(u'\r').remove(u'\n');
    return encodeHeader(clean);
}

QString addressOf(const QString &mailbox)
{
    const qsizetype open = mailbox.indexOf(u'<');
    const qsizetype close = mailbox.indexOf(u'>');
    return open >= 0 && close > open ? mailbox.mid(open + 1, close - open - 1) : mailbox.trimmed();
}

} // namespace

QByteArray MailMessage::toMime(const QString &from, const QString &messageId) const
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               u"ddd, dd MMM yyyy HH:mm:ss +0000"_s);
    QByteArray body = text.toUtf8();
    body.replace("\r\n", "\n");
    body.replace("\n", "\r\n");
    QByteArray mime;
    mime += "From: " + cleanLine(from) + "\r\n";
    mime += "To: " + cleanLine(to) + "\r\n";
    mime += "Subject: " + cleanLine(subject) + "\r\n";
    mime += "Date: " + date.toLatin1() + "\r\n";
    mime += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    mime += "MIME-Version: 1.0\r\n";
    mime += "Content-Type: text/plain; charset=utf-8\r\n";
    if (!language.isEmpty())
        mime += "Content-Language: " + language.toLatin1() + "\r\n";
    mime += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = body.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        mime += encoded.mid(i, 76) + "\r\n";
    return mime;
}

FileTransport::FileTransport(QString directory)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
}

void FileTransport::deliver(const QString &, const QString &, const QByteArray &mime)
{
    const QString name = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s) + u'-'
            + QUuid::createUuid().toString(QUuid::Id128).left(12) + u".eml"_s;
    QSaveFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(mime) != mime.size() || !file.commit())
        throw std::runtime_error("cannot write to the mail outbox: "
                                 + file.errorString().toStdString());
}

SmtpTransport::SmtpTransport(QString url, QString user, QString password, bool requireTls)
    : m_url(std::move(url))
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_requireTls(requireTls)
{ }

namespace {

struct UploadCursor
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *cursor = static_cast<UploadCursor *>(userdata);
    const size_t room = size * count;
    const size_t left = size_t(cursor->data->size() - cursor->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, cursor->data->constData() + cursor->offset, n);
    cursor->offset += qsizetype(n);
    return n;
}

} // namespace

void SmtpTransport::deliver(const QString &from, const QString &to, const QByteArray &mime)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        throw std::runtime_error("libcurl could not be initialised");
    const QByteArray url = m_url.toUtf8();
    const QByteArray sender = '<' + addressOf(from).toUtf8() + '>';
    const QByteArray recipient = '<' + addressOf(to).toUtf8() + '>';
    const QByteArray user = m_user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, recipient.constData());
    UploadCursor cursor { &mime };
    char error[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, sender.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &cursor);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (m_requireTls && m_url.startsWith(u"smtp://"_s))
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK)
        throw std::runtime_error(std::string("SMTP delivery failed: ")
                                 + (error[0] ? error : curl_easy_strerror(result)));
}

Mailer::Mailer(ServerContext &context)
    : m_context(context)
    , m_from(context.config.value(u"mail/from"_s))
    , m_language(context.config.value(u"mail/language"_s))
{
    for (const QString &language : forms::languages()) {
        for (const QString &name : { u"mail_"_s, u"worknation_"_s }) {
            auto catalogue = std::make_shared<QTranslator>();
            if (catalogue->load(name + language, u":/mail-i18n"_s))
                m_catalogues[language].append(catalogue);
            else
                qCWarning(lcMail) << "no catalogue" << name + language << "- mail goes in English";
        }
    }
    if (context.config.value(u"mail/transport"_s) == u"smtp"_s) {
        m_transport = std::make_unique<SmtpTransport>(context.config.value(u"mail/smtp_url"_s),
                                                      context.config.value(u"mail/smtp_user"_s),
                                                      context.config.value(u"mail/smtp_password"_s),
                                                      context.config.flag(u"mail/smtp_starttls"_s));
    } else {
        m_transport = std::make_unique<FileTransport>(
                QDir(context.config.dataDir()).filePath(u"outbox"_s));
    }
    context.jobs->registerHandler(u"mail"_s, [this](const QJsonObject &payload) {
        deliver({ payload.value(u"to"_s).toString(), payload.value(u"subject"_s).toString(),
                  payload.value(u"text"_s).toString(), payload.value(u"language"_s).toString() });
    });
}

Mailer::~Mailer() = default;

void Mailer::send(QSqlDatabase db, const MailMessage &message, bool bulk)
{
    m_context.jobs->enqueue(db, u"mail"_s,
                            { { u"to"_s, message.to },
                              { u"subject"_s, message.subject },
                              { u"text"_s, message.text },
                              { u"language"_s, message.language } },
                            QDateTime(), bulk ? -10 : 0);
}

MailWords Mailer::words(const QString &language) const
{
    const QString chosen = forms::languages().contains(language) ? language : m_language;
    return MailWords(chosen, m_catalogues.value(chosen));
}

MailWords Mailer::wordsFor(QSqlDatabase db, const QString &email) const
{
    const std::optional<SqlRow> account
            = Sql(db, u"SELECT language FROM users WHERE email = :email"_s)
                      .bind(u":email"_s, email.trimmed().toLower())
                      .one();
    return words(account ? account->text(u"language"_s) : QString());
}

QString MailWords::translate(const char *context, const char *text, int n) const
{
    QString words;
    for (const auto &catalogue : m_catalogues) {
        words = catalogue->translate(context, text, nullptr, n);
        if (!words.isEmpty())
            break;
    }
    if (words.isEmpty())
        words = QString::fromUtf8(text);
    if (n >= 0)
        words.replace(u"%n"_s, QString::number(n));
    return words;
}

QString MailWords::operator()(const char *text, const QStringList &values) const
{
    const QString pattern = (*this)(text);
    QString filled;
    filled.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        qsizetype end = i + 1;
        while (end < pattern.size() && end - i <= 2 && pattern.at(end).isDigit())
            ++end;
        const int number = pattern.at(i) == u'%' ? pattern.mid(i + 1, end - i - 1).toInt() : 0;
        if (number >= 1 && number <= values.size()) {
            filled += values.at(number - 1);
            i = end - 1;
        } else {
            filled += pattern.at(i);
        }
    }
    return filled;
}

void Mailer::deliver(const MailMessage &message)
{
    const QString domain = addressOf(m_from).section(u'@', 1);
    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@'
            + (domain.isEmpty() ? u"worknation"_s : domain);
    m_transport->deliver(m_from, message.to, message.toMime(m_from, messageId));
    qCInfo(lcMail) << "delivered" << message.subject << "to" << message.to;
}

} // namespace wn
