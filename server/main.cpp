// SPDX-License-Identifier: Apache-2.0
// worknation-server: serve the API, or run one administrative command and exit.
#include "core/backup/backup.h"
#include "core/backup/datamove.h"
#include "core/config.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/server.h"
#include "core/servercontext.h"
#include "modules/demo/demodata.h"
#include "modules/modules.h"

#include <wn/common/apierror.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2];

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] auto written = ::write(signalPipe[1], &byte, 1);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "worknation-server: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"worknation-server"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Worknation server.\n\nCommands:\n"
            "  serve          serve the API and chat (default)\n"
            "  migrate        apply database migrations and reference data, then exit\n"
            "  create-admin   create an admin account (--email, --password, --super)\n"
            "  seed-demo      create demo accounts and print their logins\n"
            "  check-config   report every problem with the configuration\n"
            "  settings       print every setting with its default (Markdown)\n"
            "  backup         write the database, files and key to one archive (--out FILE)\n"
            "  restore FILE   check an archive, then replace the data with it (stop the server "
            "first)\n"
            "  migrate-data   copy a SQLite database into an empty PostgreSQL one (--to URL)"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            u"command"_s,
            u"serve, migrate, create-admin, seed-demo, check-config, settings, backup or restore"_s);
    const QCommandLineOption configOption(u"config"_s, u"INI configuration file."_s, u"file"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"Data directory."_s, u"dir"_s);
    const QCommandLineOption listenOption(u"listen"_s, u"Address to serve on."_s, u"host:port"_s);
    const QCommandLineOption databaseOption(
            u"database"_s, u"Database URL (sqlite:PATH or postgres://...)."_s, u"url"_s);
    const QCommandLineOption emailOption(u"email"_s, u"Email of the admin to create."_s, u"email"_s);
    const QCommandLineOption passwordOption(u"password"_s, u"Password of the admin to create."_s,
                                            u"password"_s);
    const QCommandLineOption superOption(u"super"_s, u"Create a super admin."_s);
    const QCommandLineOption outOption(u"out"_s, u"Archive to write (backup)."_s, u"file"_s);
    const QCommandLineOption toOption(
            u"to"_s, u"PostgreSQL URL to move the data to (migrate-data)."_s, u"url"_s);
    parser.addOptions({ configOption, dataOption, listenOption, databaseOption, emailOption,
                        passwordOption, superOption, outOption, toOption });
    parser.process(app);

    const QString command = parser.positionalArguments().value(0, u"serve"_s);
    QStringList problems;
    wn::Config config = wn::Config::load(parser.value(configOption),
                                         QProcessEnvironment::systemEnvironment(), &problems);
    if (parser.isSet(dataOption))
        config.set(u"server/data_dir"_s, parser.value(dataOption));
    if (parser.isSet(listenOption))
        config.set(u"server/listen"_s, parser.value(listenOption));
    if (parser.isSet(databaseOption))
        config.set(u"database/url"_s, parser.value(databaseOption));
    problems += config.validate();

    if (command == u"settings"_s) {
        QTextStream out(stdout);
        out << "| setting | default | meaning |\n|---|---|---|\n";
        for (const wn::SettingInfo &info : wn::Config::settings())
            out << "| `" << info.key << "` | "
                << (*info.defaultValue ? u"`%1`"_s.arg(QString::fromUtf8(info.defaultValue))
                                       : QString())
                << " | " << info.description << " |\n";
        return 0;
    }
    if (command == u"check-config"_s) {
        for (const QString &problem : std::as_const(problems))
            QTextStream(stdout) << "problem: " << problem << '\n';
        QTextStream(stdout) << (problems.isEmpty() ? "configuration is valid\n" : "");
        return problems.isEmpty() ? 0 : 1;
    }
    if (!problems.isEmpty())
        return fail(u"invalid configuration:\n  "_s + problems.join(u"\n  "_s));
    if (command == u"migrate-data"_s) {
        if (!parser.isSet(toOption))
            return fail(u"migrate-data needs --to postgres://user:password@host:port/dbname"_s);
        try {
            const wn::DataMoveSummary moved
                    = wn::moveSqliteToPostgres(config.databaseUrl(), parser.value(toOption));
            QTextStream(stdout) << "copied " << moved.rows << " rows in " << moved.tables
                                << " tables; set database/url to the PostgreSQL URL and restart\n";
            return 0;
        } catch (const std::exception &error) {
            return fail(QString::fromUtf8(error.what()));
        }
    }
    if (command == u"backup"_s || command == u"restore"_s) {
        try {
            if (command == u"backup"_s) {
                if (!parser.isSet(outOption))
                    return fail(u"backup needs --out FILE"_s);
                const wn::BackupSummary done = wn::createBackup(config, parser.value(outOption));
                QTextStream(stdout) << "backup written to " << done.file << " (" << done.database
                                    << " database, " << done.files << " files, " << done.bytes
                                    << " bytes before compression)\n";
            } else {
                const QString archive = parser.positionalArguments().value(1);
                if (archive.isEmpty())
                    return fail(u"restore needs the archive: worknation-server restore FILE"_s);
                const wn::BackupSummary done = wn::restoreBackup(config, archive);
                QTextStream(stdout) << "restored " << done.database << " database and "
                                    << done.files << " files from " << done.file << '\n';
            }
            return 0;
        } catch (const std::exception &error) {
            return fail(QString::fromUtf8(error.what()));
        }
    }
    if (!QStringList { u"serve"_s, u"migrate"_s, u"create-admin"_s, u"seed-demo"_s }.contains(
                command))
        return fail(u"unknown command \"%1\" (try --help)"_s.arg(command));

    if (config.value(u"log/format"_s) == u"json"_s && command == u"serve"_s)
        wn::logging::installJsonHandler();

    try {
        wn::Server server(config, wn::serverModules());
        server.migrate();
        if (command == u"migrate"_s) {
            QTextStream(stdout) << "database is up to date\n";
            return 0;
        }
        if (command == u"create-admin"_s) {
            if (!parser.isSet(emailOption) || !parser.isSet(passwordOption))
                return fail(u"create-admin needs --email and --password"_s);
            const qint64 id
                    = wn::createAdmin(server.context(), parser.value(emailOption),
                                      parser.value(passwordOption), parser.isSet(superOption));
            QTextStream(stdout) << (parser.isSet(superOption) ? "super admin" : "admin")
                                << " created with id " << id << '\n';
            return 0;
        }
        if (command == u"seed-demo"_s) {
            const auto logins = wn::seedDemo(server.context());
            QTextStream out(stdout);
            out << "Demo logins:\n";
            for (const auto &login : logins)
                out << "  " << login.role.leftJustified(13) << login.email << "  /  "
                    << login.password << '\n';
            return 0;
        }

        QString error;
        if (!server.start(&error))
            return fail(error);
        QTextStream(stdout) << "Worknation server listening on " << server.baseUrl() << '\n'
                            << Qt::flush;

        // SIGTERM and SIGINT end the event loop; the server then stops its workers in order.
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
            return fail(u"cannot create the signal pipe"_s);
        QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, &app,
                         [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        std::signal(SIGPIPE, SIG_IGN);
        const int code = QCoreApplication::exec();
        server.stop();
        return code;
    } catch (const wn::ApiError &error) {
        return fail(error.message());
    } catch (const std::exception &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}
