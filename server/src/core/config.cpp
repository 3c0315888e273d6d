// SPDX-License-Identifier: Apache-2.0
#include "config.h"

#include <wn/common/forms.h>

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr std::array settingsTable {
    SettingInfo { "server/data_dir", "",
                  "Directory for the SQLite database, stored files, the mail outbox and the server "
                  "key (default: ~/.local/share/worknation)." },
    SettingInfo { "server/listen", "127.0.0.1:8080",
                  "Address and port to serve HTTP and the chat socket on (HOST:PORT; port 0 picks "
                  "a free one)." },
    SettingInfo { "server/threads", "0",
                  "Worker threads sharing the port; 0 means one per CPU core." },
    SettingInfo { "server/event_loop", "epoll",
                  "How worker threads wait for their sockets: epoll (cost independent of the "
                  "number of open sockets) or qt (Qt's own poll()-based loop)." },
    SettingInfo { "search/count_cache_seconds", "0",
                  "No longer used: the search index counts every search exactly and at once. "
                  "Accepted so that settings files that name it still load." },
    SettingInfo { "search/page_cache_seconds", "0",
                  "No longer used: the search index answers every search as it is now. Accepted "
                  "so that settings files that name it still load." },
    SettingInfo { "search/prepared_word_min_jobs", "2000",
                  "A word at least this many published jobs have gets its search prepared each "
                  "time the job index changes (every match, the facet counts and the best 200), "
                  "so that searching it reads no posting list; the 64 most frequent such words at "
                  "the most. 0 prepares none." },
    SettingInfo { "candidates/alert_interval_seconds", "3600",
                  "How often saved candidate searches with alerts on are checked for talents who "
                  "newly match them; each search's creator gets one notification a run at most." },
    SettingInfo { "server/public_url", "",
                  "URL users reach the server at, used in links sent by mail and in attendance QR "
                  "codes, which phones in the room open (default: http://<listen>)." },
    SettingInfo { "database/url", "",
                  "sqlite:/path/file.db or postgres://user:password@host:port/dbname (default: "
                  "SQLite in the data dir).",
                  true },
    SettingInfo { "limits/max_body_bytes", "33554432",
                  "Largest request body accepted (32 MiB); larger requests get 413 before the body "
                  "is read." },
    SettingInfo { "limits/max_upload_bytes", "209715200",
                  "Largest direct upload through a presigned URL (200 MiB). Upload bodies are "
                  "written to <data_dir>/files/incoming as they arrive, never held in memory." },
    SettingInfo { "limits/max_arriving_upload_bytes_per_account", "419430400",
                  "Bytes of uploads one account may have arriving at once, over all its "
                  "connections to every instance on the database (400 MiB: two of the largest "
                  "uploads); an upload past it gets 429 on its head, before its body is read. "
                  "Files kept count against files/user_quota_bytes instead." },
    SettingInfo { "limits/max_header_bytes", "65536",
                  "Largest request head (request line plus headers); larger gets 431." },
    SettingInfo { "limits/max_url_bytes", "65536", "Longest request target; longer gets 414." },
    SettingInfo { "limits/keep_alive_seconds", "15",
                  "Idle time after which a kept-alive connection is closed." },
    SettingInfo { "limits/request_timeout_seconds", "30",
                  "Time a client has to send a complete request: its head, and a body at the "
                  "slowest rate below." },
    SettingInfo { "limits/min_body_bytes_per_second", "65536",
                  "Slowest body upload accepted: a body of N bytes gets request_timeout_seconds "
                  "plus N divided by this, from its request's first byte, then 408." },
    SettingInfo { "limits/max_connections", "10000",
                  "Open connections (HTTP and sockets) across all threads; more are refused." },
    SettingInfo { "files/signed_url_seconds", "900",
                  "Lifetime of the signed links the API hands out to private files (CVs, intro "
                  "videos, documents): a link needs no token and lasts between half and all of "
                  "this, as expiries fall on a grid of half of it." },
    SettingInfo { "files/user_quota_bytes", "1073741824",
                  "Stored files one account may hold (1 GiB), counting its uploads still "
                  "arriving; an upload past it gets 413 naming the quota on its head. A replaced "
                  "file (an avatar, an intro video) is deleted and stops "
                  "counting, but still counts while its replacement is checked; 0 means no "
                  "quota." },
    SettingInfo { "files/company_quota_bytes", "10737418240",
                  "Stored files the members of one company may hold together (10 GiB), counting "
                  "their uploads still arriving; an upload past it gets 413 naming the quota; 0 "
                  "means no quota." },
    SettingInfo { "files/orphan_grace_seconds", "86400",
                  "How long a stored file may be referred to by nothing (an upload never "
                  "attached, a CV no application names any more) before the sweep deletes it." },
    SettingInfo { "files/sweep_interval_seconds", "3600",
                  "How often the background sweep deletes orphaned files." },
    SettingInfo { "files/sweep_prefixes_per_run", "32",
                  "How many of the 256 key prefixes (and their directories) one sweep goes "
                  "through: a run reads only their keys, so a whole round takes 256 / this "
                  "many runs (8 hours with the defaults)." },
    SettingInfo { "auth/token_ttl_seconds", "86400", "Lifetime of an access token." },
    SettingInfo { "auth/key_file", "",
                  "File holding the server's 32-byte secret (default: <data_dir>/server.key, "
                  "created on first start). Instances sharing a database must share it.",
                  true },
    SettingInfo { "auth/login_failures_per_account", "5",
                  "Failed logins allowed per account within the window before 429; a login "
                  "counts before its password is checked, in the database, so the limit holds "
                  "for guesses sent at once and across every instance." },
    SettingInfo { "auth/login_failures_per_address", "20",
                  "Failed logins allowed per client address within the window before 429 "
                  "(counted as for an account)." },
    SettingInfo { "auth/login_window_seconds", "900",
                  "Window of the login rate limits; a successful login clears its account's "
                  "failures." },
    SettingInfo { "auth/code_requests_per_hour", "5",
                  "Verification or reset codes one account may request per hour." },
    SettingInfo { "auth/hash_concurrency", "0",
                  "Password hashes computed at once (each takes 19 MiB); 0 means one per core." },
    SettingInfo { "mail/transport", "file",
                  "file (writes .eml files to <data_dir>/outbox) or smtp." },
    SettingInfo { "mail/from", "Worknation <no-reply@worknation.local>",
                  "Sender of every message." },
    SettingInfo { "mail/language", "en",
                  "Language of mail to people who chose none (invited staff, imported accounts): "
                  "en or fr." },
    SettingInfo { "mail/smtp_url", "",
                  "smtp://host:587 or smtps://host:465 for the smtp transport." },
    SettingInfo { "mail/smtp_user", "", "SMTP user name." },
    SettingInfo { "mail/smtp_password", "", "SMTP password.", true },
    SettingInfo { "mail/smtp_starttls", "true", "Require STARTTLS on smtp:// URLs." },
    SettingInfo { "identity/provider", "local",
                  "local (checks against the identity registry table) or http (a Dojah-style "
                  "verification API)." },
    SettingInfo { "identity/base_url", "",
                  "Base URL of the identity verification API for the http provider." },
    SettingInfo { "identity/app_id", "", "Application id sent as the AppId header.", true },
    SettingInfo { "identity/secret_key", "", "Secret key sent as the Authorization header.", true },
    SettingInfo { "identity/timeout_seconds", "15", "Time allowed for one verification call." },
    SettingInfo { "lms/provider", "builtin",
                  "builtin (courses, categories, enrolments and completion kept in this database) "
                  "or moodle (a Moodle site's REST web services)." },
    SettingInfo {
            "lms/moodle_url", "",
            "Base URL of the Moodle site for the moodle provider (https://learn.example.org); "
            "calls go to <url>/webservice/rest/server.php." },
    SettingInfo { "lms/moodle_token", "",
                  "Token of the Moodle external service Worknation calls (see the admin guide).",
                  true },
    SettingInfo { "lms/student_role_id", "5",
                  "Moodle role id given to talents enrolled in a course (5 is Moodle's student)." },
    SettingInfo { "lms/timeout_seconds", "15", "Time allowed for one call to Moodle." },
    SettingInfo { "lms/cache_seconds", "300",
                  "How long the course and category lists read from the LMS are kept before they "
                  "are read again; 0 reads them on every request." },
    SettingInfo { "lms/query_row_cap", "500",
                  "Most rows the super admin's read-only query answers." },
    SettingInfo { "lms/query_timeout_ms", "5000",
                  "Longest time the super admin's read-only query may run." },
    SettingInfo { "chat/max_message_chars", "2000", "Longest chat message, in characters." },
    SettingInfo {
            "chat/max_frame_bytes", "65536",
            "Largest WebSocket message a chat socket accepts; larger ones close the socket." },
    SettingInfo { "chat/events_per_second", "20",
                  "Chat events one socket may send per second (bursts of twice that)." },
    SettingInfo { "chat/max_connections_per_user", "10",
                  "Chat sockets one user may hold on one instance." },
    SettingInfo { "chat/ping_interval_ms", "25000",
                  "How often a chat socket is pinged; one missed answer closes it." },
    SettingInfo {
            "chat/digest_delay_seconds", "600",
            "How long a receiver stays offline before one mail sums up their unread messages." },
    SettingInfo { "jobs/retry_base_seconds", "5",
                  "Wait before the first retry of failed background work; each further retry "
                  "waits twice as long, up to an hour." },
    SettingInfo { "jobs/poll_ms", "1000",
                  "How often the background runner looks for due work it was not told about." },
    SettingInfo { "sandbox/workers", "2",
                  "Submitted code judged at once (each in its own sandbox); the rest waits in "
                  "the queue." },
    SettingInfo { "sandbox/bwrap", "/usr/bin/bwrap", "The bubblewrap program that runs code." },
    SettingInfo { "sandbox/max_cpu_ms", "10000",
                  "Most CPU time a coding challenge may give a program, per test case." },
    SettingInfo { "sandbox/max_wall_ms", "20000",
                  "Most real time a coding challenge may give a program, per test case." },
    SettingInfo { "sandbox/max_memory_mb", "512",
                  "Most memory (address space) a coding challenge may give a program." },
    SettingInfo { "sandbox/max_stack_mb", "256", "Largest stack a coding challenge may allow." },
    SettingInfo { "sandbox/max_processes", "128",
                  "Most processes and threads a coding challenge may allow a program." },
    SettingInfo { "sandbox/max_file_kb", "65536",
                  "Largest file a coding challenge may let a program write, in KiB." },
    SettingInfo { "cvs/renderer", "",
                  "The program that renders CVs to PDF, one process per CV (default: "
                  "worknation-cv-render beside the server's own program)." },
    SettingInfo { "cvs/renders_per_minute", "30",
                  "CV renders (previews and kept PDFs) one person may ask for a minute; more get "
                  "429 with Retry-After. Each render runs a process, so this bounds what one "
                  "account can make the server do." },
    SettingInfo { "webhooks/max_attempts", "8",
                  "Attempts at delivering one webhook event (the first try and its retries) "
                  "before it is marked failed." },
    SettingInfo { "webhooks/allow_private_targets", "false",
                  "Let webhooks reach loopback, private, link-local and other internal addresses. "
                  "Only for installations whose receivers live on the internal network." },
    SettingInfo { "web/root", "",
                  "Folder of the built talent web portal, served at /. Default: the one installed "
                  "with the server (share/worknation/web), or the build tree's; without one the "
                  "portal is off and / answers 404." },
    SettingInfo { "webhooks/allow_http", "false",
                  "Accept http:// webhook URLs; otherwise https:// is required, as event payloads "
                  "carry personal data." },
    SettingInfo { "partners/key_requests_per_minute", "120",
                  "Requests one API key may make a minute on the external routes; more get 429 "
                  "with Retry-After. Counted in the database, so every instance shares it." },
    SettingInfo { "partners/company_requests_per_minute", "600",
                  "Requests all of one company's API keys together may make a minute on the "
                  "external routes (more keys buy no more); adding talents counts one per "
                  "talent. More get 429 with Retry-After." },
    SettingInfo { "partners/image_vendor_url", "",
                  "The image-verification vendor's endpoint; empty checks images here "
                  "(sharpness, exposure, pictures seen before), without a face or likeness "
                  "match." },
    SettingInfo { "partners/wallet_vendor_url", "",
                  "The wallet vendor's endpoint; empty keeps wallets in Worknation's own "
                  "records, which hold and move no money." },
    SettingInfo { "log/format", "json", "json (one object a line on stderr) or text." },
    SettingInfo { "log/access", "true", "Write one access-log line per request." },
};

QString defaultDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base.isEmpty() ? QDir::homePath() : base).filePath(u"worknation"_s);
}

QString envName(const QString &key)
{
    QString name = u"WN_"_s + key.toUpper();
    name.replace(u'/', u'_');
    return name;
}

} // namespace

std::span<const SettingInfo> Config::settings()
{
    return settingsTable;
}

bool Config::isSecret(const QString &key)
{
    for (const SettingInfo &info : settingsTable) {
        if (key == QLatin1StringView(info.key))
            return info.secret;
    }
    return true;
}

Config Config::load(const QString &file, const QProcessEnvironment &env, QStringList *errors)
{
    Config config;
    for (const SettingInfo &info : settingsTable)
        config.m_values.insert(QString::fromLatin1(info.key), QString::fromUtf8(info.defaultValue));

    if (!file.isEmpty()) {
        if (!QFileInfo(file).isReadable()) {
            if (errors)
                errors->append(u"configuration file %1 cannot be read"_s.arg(file));
        } else {
            QSettings ini(file, QSettings::IniFormat);
            if (ini.status() != QSettings::NoError && errors)
                errors->append(u"configuration file %1 is not valid INI"_s.arg(file));
            const QStringList keys = ini.allKeys();
            for (const QString &key : keys) {
                if (!config.m_values.contains(key)) {
                    if (errors)
                        errors->append(u"%1: unknown setting \"%2\""_s.arg(file, key));
                    continue;
                }
                const QVariant value = ini.value(key);
                config.m_values.insert(key,
                                       value.typeId() == QMetaType::QStringList
                                               ? value.toStringList().join(u',')
                                               : value.toString());
            }
        }
    }
    for (const SettingInfo &info : settingsTable) {
        const QString key = QString::fromLatin1(info.key);
        const QString name = envName(key);
        if (env.contains(name))
            config.m_values.insert(key, env.value(name));
    }
    // The short form most deployments use.
    if (env.contains(u"WN_DATA_DIR"_s))
        config.m_values.insert(u"server/data_dir"_s, env.value(u"WN_DATA_DIR"_s));
    return config;
}

QString Config::value(const QString &key) const
{
    Q_ASSERT_X(m_values.contains(key), "Config::value", qPrintable(key));
    return m_values.value(key);
}

int Config::integer(const QString &key) const
{
    return value(key).toInt();
}

qint64 Config::bytes(const QString &key) const
{
    return value(key).toLongLong();
}

bool Config::flag(const QString &key) const
{
    const QString text = value(key).trimmed().toLower();
    return text == u"true"_s || text == u"1"_s || text == u"yes"_s || text == u"on"_s;
}

QStringList Config::validate() const
{
    QStringList problems;
    const QString listen = value(u"server/listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    if (colon <= 0 || !portOk || port < 0 || port > 65535
        || QHostAddress(listen.left(colon).remove(u'[').remove(u']')).isNull()) {
        problems.append(
                u"server/listen: \"%1\" is not HOST:PORT with a numeric address"_s.arg(listen));
    }
    const auto checkInt = [&](const char *key, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 number = value(QString::fromLatin1(key)).toLongLong(&ok);
        if (!ok || number < min || number > max)
            problems.append(
                    u"%1: must be a whole number from %2 to %3"_s.arg(QString::fromLatin1(key))
                            .arg(min)
                            .arg(max));
    };
    checkInt("server/threads", 0, 256);
    checkInt("search/count_cache_seconds", 0, 3600);
    checkInt("search/page_cache_seconds", 0, 3600);
    checkInt("search/prepared_word_min_jobs", 0, 1000000000);
    if (const QString loop = value(u"server/event_loop"_s); loop != u"epoll"_s && loop != u"qt"_s)
        problems.append(u"server/event_loop: must be epoll or qt, not \"%1\""_s.arg(loop));
    checkInt("limits/max_body_bytes", 1024, qint64(1) << 32);
    checkInt("limits/max_upload_bytes", 1024, qint64(1) << 40);
    checkInt("limits/max_arriving_upload_bytes_per_account", 1024, qint64(1) << 50);
    checkInt("limits/max_header_bytes", 1024, 1 << 24);
    checkInt("limits/max_url_bytes", 256, 1 << 24);
    checkInt("limits/keep_alive_seconds", 1, 3600);
    checkInt("limits/request_timeout_seconds", 1, 3600);
    checkInt("limits/min_body_bytes_per_second", 1, qint64(1) << 32);
    checkInt("limits/max_connections", 1, 1000000);
    checkInt("files/signed_url_seconds", 1, 86400);
    checkInt("files/user_quota_bytes", 0, qint64(1) << 50);
    checkInt("files/company_quota_bytes", 0, qint64(1) << 50);
    checkInt("files/orphan_grace_seconds", 1, 365 * 86400);
    checkInt("files/sweep_interval_seconds", 1, 7 * 86400);
    checkInt("files/sweep_prefixes_per_run", 1, 256);
    checkInt("candidates/alert_interval_seconds", 1, 7 * 86400);
    checkInt("auth/token_ttl_seconds", 60, 60 * 60 * 24 * 90);
    checkInt("auth/login_failures_per_account", 1, 1000);
    checkInt("auth/login_failures_per_address", 1, 100000);
    checkInt("auth/login_window_seconds", 1, 86400);
    checkInt("partners/key_requests_per_minute", 1, 100000);
    checkInt("partners/company_requests_per_minute", 1, 1000000);
    checkInt("cvs/renders_per_minute", 1, 10000);
    checkInt("auth/code_requests_per_hour", 1, 1000);
    checkInt("auth/hash_concurrency", 0, 256);
    checkInt("identity/timeout_seconds", 1, 300);
    checkInt("lms/student_role_id", 1, 1000000);
    checkInt("lms/timeout_seconds", 1, 300);
    checkInt("lms/cache_seconds", 0, 86400);
    checkInt("lms/query_row_cap", 1, 10000);
    checkInt("lms/query_timeout_ms", 100, 60000);
    checkInt("jobs/poll_ms", 10, 600000);
    checkInt("jobs/retry_base_seconds", 1, 3600);
    checkInt("chat/max_message_chars", 1, 100000);
    checkInt("chat/max_frame_bytes", 1024, 16 * 1024 * 1024);
    checkInt("chat/events_per_second", 1, 10000);
    checkInt("chat/max_connections_per_user", 1, 1000);
    checkInt("chat/ping_interval_ms", 100, 600000);
    checkInt("chat/digest_delay_seconds", 1, 7 * 86400);
    checkInt("webhooks/max_attempts", 1, 50);
    checkInt("sandbox/workers", 0, 64);
    checkInt("sandbox/max_cpu_ms", 100, 600000);
    checkInt("sandbox/max_wall_ms", 100, 1200000);
    checkInt("sandbox/max_memory_mb", 16, 65536);
    checkInt("sandbox/max_stack_mb", 1, 65536);
    checkInt("sandbox/max_processes", 1, 4096);
    checkInt("sandbox/max_file_kb", 1, 16 * 1024 * 1024);

    const QString url = databaseUrl();
    if (!url.startsWith(u"sqlite:"_s) && !url.startsWith(u"postgres://"_s)
        && !url.startsWith(u"postgresql://"_s))
        problems.append(
                u"database/url: \"%1\" is neither sqlite:PATH nor postgres://..."_s.arg(url));
    const QString transport = value(u"mail/transport"_s);
    if (transport != u"file"_s && transport != u"smtp"_s)
        problems.append(
                u"mail/transport: must be \"file\" or \"smtp\", not \"%1\""_s.arg(transport));
    const QString language = value(u"mail/language"_s);
    if (!forms::languages().contains(language))
        problems.append(u"mail/language: must be one of %1, not \"%2\""_s.arg(
                forms::languages().join(u", "_s), language));
    if (transport == u"smtp"_s) {
        const QUrl smtp(value(u"mail/smtp_url"_s));
        if (!smtp.isValid() || (smtp.scheme() != u"smtp"_s && smtp.scheme() != u"smtps"_s)
            || smtp.host().isEmpty())
            problems.append(u"mail/smtp_url: must be smtp://host:port or smtps://host:port"_s);
    }
    const QString provider = value(u"identity/provider"_s);
    if (provider != u"local"_s && provider != u"http"_s)
        problems.append(
                u"identity/provider: must be \"local\" or \"http\", not \"%1\""_s.arg(provider));
    if (provider == u"http"_s && !QUrl(value(u"identity/base_url"_s)).isValid())
        problems.append(u"identity/base_url: must be a URL when identity/provider is http"_s);
    const QString lms = value(u"lms/provider"_s);
    if (lms != u"builtin"_s && lms != u"moodle"_s)
        problems.append(u"lms/provider: must be \"builtin\" or \"moodle\", not \"%1\""_s.arg(lms));
    if (lms == u"moodle"_s) {
        const QUrl moodle(value(u"lms/moodle_url"_s));
        if (!moodle.isValid() || moodle.host().isEmpty()
            || (moodle.scheme() != u"http"_s && moodle.scheme() != u"https"_s))
            problems.append(u"lms/moodle_url: must be an http(s) URL when lms/provider is moodle"_s);
        if (value(u"lms/moodle_token"_s).isEmpty())
            problems.append(u"lms/moodle_token: must be set when lms/provider is moodle"_s);
    }
    const QString format = value(u"log/format"_s);
    if (format != u"json"_s && format != u"text"_s)
        problems.append(u"log/format: must be \"json\" or \"text\""_s);
    return problems;
}

QString Config::dataDir() const
{
    const QString dir = value(u"server/data_dir"_s);
    return QDir::cleanPath(QDir::current().absoluteFilePath(dir.isEmpty() ? defaultDataDir() : dir));
}

QHostAddress Config::listenAddress() const
{
    const QString listen = value(u"server/listen"_s);
    QString host = listen.left(listen.lastIndexOf(u':'));
    host.remove(u'[').remove(u']');
    return QHostAddress(host);
}

quint16 Config::listenPort() const
{
    const QString listen = value(u"server/listen"_s);
    return quint16(listen.mid(listen.lastIndexOf(u':') + 1).toUInt());
}

QString Config::databaseUrl() const
{
    const QString url = value(u"database/url"_s);
    if (!url.isEmpty())
        return url;
    return u"sqlite:"_s + QDir(dataDir()).filePath(u"worknation.db"_s);
}

int Config::threads() const
{
    const int configured = integer(u"server/threads"_s);
    return configured > 0 ? configured : std::max(1, QThread::idealThreadCount());
}

QString Config::publicUrl() const
{
    QString url = value(u"server/public_url"_s);
    if (url.isEmpty())
        url = u"http://"_s + value(u"server/listen"_s);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace wn
