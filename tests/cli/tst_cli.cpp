// SPDX-License-Identifier: Apache-2.0
// worknation-server's command line, run as an admin runs it.
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run server(const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(WN_SERVER_BINARY), arguments);
    process.waitForFinished(60000);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsDocumentationIsCurrent()
    {
        const Run run = server({ u"settings"_s });
        QCOMPARE(run.exitCode, 0);
        QFile doc(QString::fromUtf8(WN_SOURCE_DIR) + u"/docs/configuration.md"_s);
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(doc.readAll()).contains(run.out),
                 "docs/configuration.md differs from `worknation-server settings`: regenerate it");
    }

    void theShippedConfigurationListsEverySetting()
    {
        const Run run = server({ u"settings"_s });
        QFile ini(QString::fromUtf8(WN_SOURCE_DIR) + u"/installer/server.ini"_s);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ini.readAll());
        static const QRegularExpression key(u"^\\| `([a-z_]+)/([a-z_]+)`"_s,
                                            QRegularExpression::MultilineOption);
        auto it = key.globalMatch(run.out);
        int settings = 0;
        while (it.hasNext()) {
            const auto match = it.next();
            ++settings;
            QVERIFY2(text.contains(u"[%1]"_s.arg(match.captured(1)))
                             && text.contains(u";%1="_s.arg(match.captured(2))),
                     qPrintable(
                             u"installer/server.ini lacks %1/%2: run scripts/generate-config-docs"_s
                                     .arg(match.captured(1), match.captured(2))));
        }
        QVERIFY(settings > 30);
        const Run check = server({ u"check-config"_s, u"--config"_s, ini.fileName() });
        QCOMPARE(check.exitCode, 0);
    }

    void checkConfigReportsEveryProblem()
    {
        QTemporaryDir dir;
        QFile ini(dir.filePath(u"bad.ini"_s));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[server]\nlisten=nonsense\nthreads=-3\n[mail]\ntransport=pigeon\n[bogus]\nkey="
                  "1\n");
        ini.close();
        const Run run = server({ u"check-config"_s, u"--config"_s, ini.fileName() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(u"server/listen"_s));
        QVERIFY(run.out.contains(u"server/threads"_s));
        QVERIFY(run.out.contains(u"mail/transport"_s));
        QVERIFY(run.out.contains(u"unknown setting \"bogus/key\""_s));

        const Run good = server({ u"check-config"_s, u"--data-dir"_s, dir.path() });
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains(u"configuration is valid"_s));
    }

    void adminCommandsWorkOnAFreshDataDir()
    {
        QTemporaryDir dir;
        QCOMPARE(server({ u"migrate"_s, u"--data-dir"_s, dir.path() }).exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(u"worknation.db"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"server.key"_s)));
        QCOMPARE(QFile(dir.filePath(u"server.key"_s)).permissions()
                         & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const QStringList admin { u"create-admin"_s,
                                  u"--data-dir"_s,
                                  dir.path(),
                                  u"--email"_s,
                                  u"Root@Example.com"_s,
                                  u"--password"_s,
                                  u"long enough password"_s,
                                  u"--super"_s };
        const Run created = server(admin);
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains(u"super admin created"_s));
        const Run again = server(admin);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already exists"_s));
        const Run weak = server({ u"create-admin"_s, u"--data-dir"_s, dir.path(), u"--email"_s,
                                  u"b@example.com"_s, u"--password"_s, u"short"_s });
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains(u"8 characters"_s));

        const Run demo = server({ u"seed-demo"_s, u"--data-dir"_s, dir.path() });
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains(u"talent@demo.worknation.test"_s));
        QCOMPARE(server({ u"seed-demo"_s, u"--data-dir"_s, dir.path() }).out,
                 demo.out); // idempotent
        QCOMPARE(server({ u"frobnicate"_s, u"--data-dir"_s, dir.path() }).exitCode, 1);
    }

    void backupAndRestoreFromTheCommandLine()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        QCOMPARE(server({ u"seed-demo"_s, u"--data-dir"_s, dir.path() }).exitCode, 0);
        const QString archive = dir.filePath(u"nightly.tar.zst"_s);
        QCOMPARE(server({ u"backup"_s, u"--data-dir"_s, dir.path() }).exitCode,
                 1); // --out is required
        const Run backup
                = server({ u"backup"_s, u"--data-dir"_s, dir.path(), u"--out"_s, archive });
        QCOMPARE(backup.exitCode, 0);
        QVERIFY2(backup.out.contains(u"backup written to"_s), qPrintable(backup.out));
        const Run restore = server({ u"restore"_s, archive, u"--data-dir"_s, other.path() });
        QCOMPARE(restore.exitCode, 0);
        QVERIFY(restore.out.contains(u"restored sqlite database"_s));
        // The restored data dir holds the demo accounts: the demo admin's email is taken there.
        const Run taken = server({ u"create-admin"_s, u"--data-dir"_s, other.path(), u"--email"_s,
                                   u"admin@demo.worknation.test"_s, u"--password"_s,
                                   u"another password"_s });
        QCOMPARE(taken.exitCode, 1);
        QVERIFY(taken.err.contains(u"already exists"_s));
        const Run missing = server(
                { u"restore"_s, dir.filePath(u"none.tar"_s), u"--data-dir"_s, other.path() });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"does not exist"_s));
    }

    void serveAnswersAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QString::fromUtf8(WN_SERVER_BINARY),
                      { u"serve"_s, u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s });
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning,
                                 20000);
        const QString line = QString::fromUtf8(process.readLine());
        QVERIFY2(line.contains(u"listening on http://127.0.0.1:"_s), qPrintable(line));
        const QString url = line.section(u' ', -1).trimmed();

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url + u"/readyz"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
