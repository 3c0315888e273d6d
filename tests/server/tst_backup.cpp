// SPDX-License-Identifier: Apache-2.0
// Backups: a round trip through wiped data, and archives that must be refused without harm.
#include "fixtures.h"

#include "core/backup/backup.h"
#include "core/backup/datamove.h"
#include "core/database.h"
#include "core/servercontext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** Every entry of an archive: name -> bytes. */
QList<QPair<QString, QByteArray>> readArchive(const QString &path)
{
    QList<QPair<QString, QByteArray>> entries;
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            QByteArray data;
            char buffer[65536];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                data.append(buffer, n);
            entries.append({ QString::fromUtf8(archive_entry_pathname(entry)), data });
        }
    }
    archive_read_free(a);
    return entries;
}

void writeArchive(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    archive_write_open_filename(a, QFile::encodeName(path).constData());
    for (const auto &[name, data] : entries) {
        archive_entry *entry = archive_entry_new();
        const QByteArray pathname = name.toUtf8();
        archive_entry_set_pathname(entry, pathname.constData());
        archive_entry_set_size(entry, data.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0600);
        archive_write_header(a, entry);
        archive_write_data(a, data.constData(), size_t(data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        const Reply avatar = m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(),
                                           "image/png", m_talent.token);
        QCOMPARE(avatar.status, 200);
        m_avatarPath = QUrl(avatar.json().value(u"url"_s).toString()).path();
        const Reply chat = m_server->post(u"/api/v1/chat/chats"_s,
                                          QJsonObject { { u"receiver_id"_s, m_employer.id } },
                                          m_talent.token);
        m_chatId = chat.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(m_chatId),
                                QJsonObject { { u"message"_s, u"kept through a restore"_s } },
                                m_talent.token)
                         .status,
                 201);
        m_archive = m_scratch.filePath(u"backup.tar.zst"_s);
        const BackupSummary made = createBackup(m_server->context().config, m_archive);
        QCOMPARE(made.files, 1);
        QVERIFY(QFile(m_archive).permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(QFile(m_archive).permissions() & QFileDevice::ReadOther));
    }
    void cleanupTestCase() { m_server.reset(); }

    void damagedOrForeignArchivesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("expected");
        const QByteArray whole = [this] {
            QFile file(m_archive);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        const QString truncated = m_scratch.filePath(u"truncated.tar.zst"_s);
        QFile cut(truncated);
        cut.open(QIODevice::WriteOnly);
        cut.write(whole.left(whole.size() * 2 / 3));
        cut.close();
        QTest::addRow("truncated") << truncated << u"nothing was restored"_s;

        // The same archive with one stored file altered but the manifest left as it was.
        QList<QPair<QString, QByteArray>> entries = readArchive(m_archive);
        QVERIFY(entries.size() >= 4);
        for (auto &[name, data] : entries) {
            if (name.startsWith(u"files/"_s))
                data[data.size() - 1] = char(data.at(data.size() - 1) ^ 0x55);
        }
        const QString tampered = m_scratch.filePath(u"tampered.tar.gz"_s);
        writeArchive(tampered, entries);
        QTest::addRow("tampered file") << tampered << u"does not match its checksum"_s;

        const QString foreign = m_scratch.filePath(u"foreign.tar.gz"_s);
        writeArchive(foreign, { { u"files/readme.txt"_s, "hello" } });
        QTest::addRow("foreign archive") << foreign << u"not a Worknation backup"_s;

        const QString escaping = m_scratch.filePath(u"escaping.tar.gz"_s);
        writeArchive(escaping, { { u"files/../../etc/evil"_s, "x" } });
        QTest::addRow("path escaping the data dir") << escaping << u"unexpected entry"_s;

        QTest::addRow("missing file")
                << m_scratch.filePath(u"nope.tar.zst"_s) << u"does not exist"_s;
    }
    void damagedOrForeignArchivesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, archive);
        QFETCH(QString, expected);
        try {
            restoreBackup(m_server->context().config, archive);
            QFAIL("the archive was accepted");
        } catch (const std::exception &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(expected), error.what());
        }
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, m_talent.token).status, 200);
        QCOMPARE(m_server->get(m_avatarPath).status, 200);
    }

    void aWipedServerComesBackWhole()
    {
        m_server->stop();
        // Wipe: the database, the stored files and the key are gone.
        QDir data(m_server->dataDir());
        if (TestServer::onPostgres()) {
            const QString url = m_server->databaseUrl();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"wipe"_s);
                const QUrl parsed(url);
                db.setHostName(parsed.host());
                db.setPort(parsed.port());
                db.setUserName(parsed.userName());
                db.setDatabaseName(parsed.path().mid(1));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"DROP SCHEMA public CASCADE"_s));
                QVERIFY(q.exec(u"CREATE SCHEMA public"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"wipe"_s);
        } else {
            for (const QString &name : data.entryList({ u"worknation.db*"_s }, QDir::Files))
                QVERIFY(data.remove(name));
        }
        QVERIFY(QDir(data.filePath(u"files"_s)).removeRecursively());
        QVERIFY(data.remove(u"server.key"_s));

        Config restoreConfig = Config::load({}, QProcessEnvironment());
        restoreConfig.set(u"server/data_dir"_s, data.path());
        if (TestServer::onPostgres())
            restoreConfig.set(u"database/url"_s, m_server->databaseUrl());
        const BackupSummary restored = restoreBackup(restoreConfig, m_archive);
        QCOMPARE(restored.files, 1);

        m_server->start();
        // The same key: existing tokens and sessions are valid again.
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, m_talent.token)
                         .json()
                         .value(u"email"_s)
                         .toString(),
                 m_talent.email);
        QVERIFY(!m_server->login(m_employer.email, m_employer.password).isEmpty());
        const Reply avatar = m_server->get(m_avatarPath);
        QCOMPARE(avatar.status, 200);
        QCOMPARE(avatar.body, tinyPng());
        const QJsonArray messages
                = m_server->get(u"/api/v1/chat/chats/%1/messages"_s.arg(m_chatId), m_employer.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        QCOMPARE(messages.last().toObject().value(u"message"_s).toString(),
                 u"kept through a restore"_s);
    }

    void sqliteDataMovesToPostgresWhole()
    {
        if (!TestServer::onPostgres())
            QSKIP("needs a PostgreSQL server; set WN_TEST_PG_URL");
        QTemporaryDir dir;
        TestServer sqlite({ { u"database/url"_s, u"sqlite:"_s + dir.filePath(u"old.db"_s) } });
        const TestUser talent = sqlite.createUser(Role::Talent);
        const TestUser employer = sqlite.createUser(Role::Employer);
        const qint64 chat
                = sqlite.post(u"/api/v1/chat/chats"_s,
                              QJsonObject { { u"receiver_id"_s, employer.id } }, talent.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        sqlite.post(u"/api/v1/chat/chats/%1/messages"_s.arg(chat),
                    QJsonObject { { u"message"_s, u"moved"_s } }, talent.token);
        const QStringList tables { u"users"_s,    u"companies"_s, u"company_roles"_s,
                                   u"sessions"_s, u"countries"_s, u"chat_messages"_s,
                                   u"jobs"_s };
        QHash<QString, qint64> before;
        for (const QString &table : tables)
            before.insert(table,
                          Sql(sqlite.context().db(), u"SELECT COUNT(*) FROM "_s + table)
                                  .scalar()
                                  .toLongLong());
        sqlite.stop();

        TestServer postgres; // a fresh, migrated, seeded PostgreSQL database without accounts
        postgres.stop();
        const DataMoveSummary moved = moveSqliteToPostgres(u"sqlite:"_s + dir.filePath(u"old.db"_s),
                                                           postgres.databaseUrl());
        QVERIFY(moved.rows > 0);
        postgres.start();
        for (const QString &table : tables)
            QCOMPARE(Sql(postgres.context().db(), u"SELECT COUNT(*) FROM "_s + table)
                             .scalar()
                             .toLongLong(),
                     before.value(table));
        const QString token = postgres.login(talent.email, talent.password);
        QVERIFY(!token.isEmpty());
        const QJsonArray messages
                = postgres.get(u"/api/v1/chat/chats/%1/messages"_s.arg(chat), token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        QCOMPARE(messages.last().toObject().value(u"message"_s).toString(), u"moved"_s);
        // New rows get new ids after the copied ones.
        QCOMPARE(postgres.post(u"/api/v1/chat/chats/%1/messages"_s.arg(chat),
                               QJsonObject { { u"message"_s, u"after"_s } }, token)
                         .status,
                 201);
        // A second move into a database that now holds accounts is refused.
        postgres.stop();
        try {
            moveSqliteToPostgres(u"sqlite:"_s + dir.filePath(u"old.db"_s), postgres.databaseUrl());
            QFAIL("moved into a database with accounts");
        } catch (const std::exception &error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(u"already holds accounts"_s));
        }
    }

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_scratch;
    TestUser m_talent;
    TestUser m_employer;
    QString m_avatarPath;
    QString m_archive;
    qint64 m_chatId = 0;
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
