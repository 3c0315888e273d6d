// SPDX-License-Identifier: Apache-2.0
// Upload quotas: per-user and per-company budgets held however many uploads arrive at once (and
// across instances on one database), the room a dropped upload gives back, and reservations left
// behind counting until they expire.
#include "areas/uploads.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/files/filelifecycle.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** A PDF of about @p size bytes: a comment line fills it out. */
QByteArray pdfOf(qsizetype size)
{
    return "%PDF-1.4\n%" + QByteArray(std::max<qsizetype>(0, size - 80), 'a')
            + "\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
}

/** Uploads sent at once, each on its own connection, and what each has been answered so far. */
class UploadsAtOnce
{
public:
    /** Sends the head of a PUT of @p body to @p path and all of the body but its last byte;
     *  whether it could connect. */
    bool start(quint16 port, const QString &path, const QByteArray &body)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, port);
        if (!socket->waitForConnected(3000))
            return false;
        socket->write(putHead(path, body.size()) + body.chopped(1));
        m_sockets.push_back(std::move(socket));
        m_lastBytes.append(body.right(1));
        m_received.append(QByteArray());
        return true;
    }

    /** Sends the last byte of each upload not answered yet. */
    void finish()
    {
        const QList<int> answered = statuses();
        for (std::size_t i = 0; i < m_sockets.size(); ++i) {
            if (answered.at(qsizetype(i)) == 0)
                m_sockets.at(i)->write(m_lastBytes.at(qsizetype(i)));
        }
    }

    /** The status each upload has been answered with so far, 0 while it has none. */
    QList<int> statuses()
    {
        QList<int> found;
        for (std::size_t i = 0; i < m_sockets.size(); ++i) {
            QByteArray &received = m_received[qsizetype(i)];
            received += m_sockets.at(i)->readAll();
            found.append(received.startsWith("HTTP/1.1 ") && received.contains("\r\n\r\n")
                                 ? received.mid(9, 3).toInt()
                                 : 0);
        }
        return found;
    }

    /** How many uploads have been answered so far. */
    qsizetype answered()
    {
        const QList<int> found = statuses();
        return found.size() - found.count(0);
    }

    /** What every upload answered with @p status was told, joined. */
    QByteArray bodiesOf(int status)
    {
        const QList<int> found = statuses();
        QByteArray bodies;
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (found.at(i) == status)
                bodies += m_received.at(i).mid(m_received.at(i).indexOf("\r\n\r\n") + 4) + '\n';
        }
        return bodies;
    }

private:
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
    QList<QByteArray> m_lastBytes;
    QList<QByteArray> m_received;
};

/** A reservation of @p bytes for @p owner's upload, as an instance records one on its head (and
 *  leaves behind if it crashes), lasting until @p expires. */
void leaveReservation(TestServer &server, qint64 owner, qint64 bytes, bool storesFile,
                      const QDateTime &expires)
{
    Sql(server.context().db(),
        u"INSERT INTO upload_reservations (owner_id, company_id, size_bytes, stores_file, "
        u"created_at, expires_at) VALUES (:owner, NULL, :bytes, :stores, :now, :expires)"_s)
            .bind(u":owner"_s, owner)
            .bind(u":bytes"_s, bytes)
            .bind(u":stores"_s, storesFile)
            .bind(u":now"_s, nowText())
            .bind(u":expires"_s, timeText(expires))
            .exec();
}

} // namespace

class TestUploadsQuotas : public QObject, public UploadsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // ---- Quotas ----

    void anAccountsUploadsArrivingAtOnceShareABudget()
    {
        TestServer server({ { u"limits/max_arriving_upload_bytes_per_account"_s,
                              QString::number(5 * 1024 * 1024) } });
        const TestUser talent = server.createUser(Role::Talent);
        const TestUser other = server.createUser(Role::Talent);
        const qint64 big = 4 * 1024 * 1024;
        const qint64 small = 2 * 1024 * 1024;

        // A 4 MiB video is arriving: a quarter of it is on disk.
        QTcpSocket slow;
        slow.connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(slow.waitForConnected(3000));
        slow.write(putHead(presigned(server, talent.token, u"video"_s), big) + mp4Of(big / 4));
        QTRY_VERIFY_WITH_TIMEOUT(bodiesArriving(server).value(0) >= big / 4, 20000);

        // Another 2 MiB from the same account would pass 5 MiB arriving at once: refused on its
        // head, without a byte of it written down.
        QTcpSocket second;
        second.connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(second.waitForConnected(3000));
        second.write(putHead(presigned(server, talent.token, u"video"_s), small));
        const auto refused = answers(second, 1);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).first, 429);
        QVERIFY2(refused.at(0).second.contains("at once"), refused.at(0).second.constData());
        QCOMPARE(bodiesArriving(server).size(), 1);

        // Someone else's upload has its own budget.
        QCOMPARE(server.raw("PUT", presigned(server, other.token, u"video"_s), mp4Of(small),
                            "video/mp4")
                         .status,
                 201);

        // The first upload ends; its bytes come back to the budget, and the next is taken.
        slow.write(mp4Of(big).mid(big / 4));
        const auto kept = answers(slow, 1);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).first, 201);
        QCOMPARE(server.raw("PUT", presigned(server, talent.token, u"video"_s), mp4Of(small),
                            "video/mp4")
                         .status,
                 201);
    }

    void uploadsPastAQuotaAreRefusedNamingIt()
    {
        TestServer server({ { u"files/user_quota_bytes"_s, u"65536"_s },
                            { u"files/company_quota_bytes"_s, u"90000"_s } });
        const QByteArray file = pdfOf(40 * 1024);

        const TestUser talent = server.createUser(Role::Talent);
        QCOMPARE(server.raw("PUT", presigned(server, talent.token, u"cv"_s), file, "application/pdf")
                         .status,
                 201);
        const Reply overMine = server.raw("PUT", presigned(server, talent.token, u"cv"_s), file,
                                          "application/pdf");
        QCOMPARE(overMine.status, 413);
        QVERIFY2(overMine.message().contains(u"per-user storage quota"_s),
                 qPrintable(overMine.message()));

        // Two members of one company, each within their own quota, fill the company's.
        const TestUser owner = server.createUser(Role::Employer);
        const qint64 role
                = addCompanyRole(server, owner, u"Quota tester"_s, { u"company.profile.edit"_s });
        QVERIFY(role > 0);
        const TestUser employee
                = invitedEmployee(server, owner, role, u"quota.employee@example.com"_s);
        QVERIFY(!employee.token.isEmpty());
        QCOMPARE(server.raw("PUT", presigned(server, owner.token, u"document"_s), file,
                            "application/pdf")
                         .status,
                 201);
        QCOMPARE(server.raw("PUT", presigned(server, employee.token, u"document"_s),
                            pdfOf(16 * 1024), "application/pdf")
                         .status,
                 201);
        const Reply overCompany = server.raw(
                "PUT", presigned(server, employee.token, u"document"_s), file, "application/pdf");
        QCOMPARE(overCompany.status, 413);
        QVERIFY2(overCompany.message().contains(u"per-company storage quota"_s),
                 qPrintable(overCompany.message()));
        // Another company's member is not held to it.
        const TestUser other = server.createUser(Role::Employer);
        QCOMPARE(server.raw("PUT", presigned(server, other.token, u"document"_s), file,
                            "application/pdf")
                         .status,
                 201);
    }

    void uploadsArrivingTogetherPassNoQuota_data()
    {
        QTest::addColumn<QString>("quota");
        QTest::addColumn<QString>("named");
        QTest::addRow("per-user") << u"files/user_quota_bytes"_s << u"per-user storage quota"_s;
        QTest::addRow("per-company")
                << u"files/company_quota_bytes"_s << u"per-company storage quota"_s;
    }

    void uploadsArrivingTogetherPassNoQuota()
    {
        QFETCH(QString, quota);
        QFETCH(QString, named);
        // Room for two files of 40 KiB; five arrive at once, each of which would fit alone.
        TestServer server({ { quota, QString::number(100 * 1024) } });
        const QByteArray file = pdfOf(40 * 1024);
        QList<TestUser> uploaders;
        QString kind = u"cv"_s;
        if (quota.contains(u"company"_s)) {
            // Two members of one company, each far within their own quota.
            const TestUser owner = server.createUser(Role::Employer);
            const qint64 role = addCompanyRole(server, owner, u"Quota tester"_s,
                                               { u"company.profile.edit"_s });
            QVERIFY(role > 0);
            const TestUser employee
                    = invitedEmployee(server, owner, role, u"together.employee@example.com"_s);
            QVERIFY(!employee.token.isEmpty());
            uploaders = { owner, employee };
            kind = u"document"_s;
        } else {
            uploaders = { server.createUser(Role::Talent) };
        }
        UploadsAtOnce uploads;
        for (int i = 0; i < 5; ++i) {
            const TestUser &uploader = uploaders.at(i % uploaders.size());
            QVERIFY(uploads.start(server.port(), presigned(server, uploader.token, kind), file));
        }
        // The room of two is held from their heads: the other three are refused there and then,
        // while no upload has finished.
        QTRY_COMPARE_WITH_TIMEOUT(uploads.answered(), 3, 10000);
        QCOMPARE(uploads.statuses().count(413), 3);
        QVERIFY2(uploads.bodiesOf(413).count(named.toUtf8()) == 3,
                 uploads.bodiesOf(413).constData());
        // Each held upload's spool file is opened as its body starts to come, which may be just
        // after the refusals went out.
        QTRY_COMPARE_WITH_TIMEOUT(bodiesArriving(server).size(), 2, 10000);

        // The two held come in whole and are kept.
        uploads.finish();
        QTRY_COMPARE_WITH_TIMEOUT(uploads.answered(), 5, 20000);
        QCOMPARE(uploads.statuses().count(201), 2);
        // Nothing more fits, however it is sent.
        for (const TestUser &uploader : std::as_const(uploaders)) {
            QCOMPARE(server.raw("PUT", presigned(server, uploader.token, kind), file,
                                "application/pdf")
                             .status,
                     413);
        }
    }

    void instancesOnOneDatabaseShareAnAccountsArrivingBudget()
    {
        const QHash<QString, QString> budget { { u"limits/max_arriving_upload_bytes_per_account"_s,
                                                 QString::number(5 * 1024 * 1024) } };
        TestServer first(budget);
        QHash<QString, QString> shared = first.sharedInstanceSettings();
        shared.insert(budget);
        TestServer second(shared);
        const TestUser talent = first.createUser(Role::Talent);
        const qint64 big = 4 * 1024 * 1024;
        const qint64 small = 2 * 1024 * 1024;

        // A 4 MiB video is arriving at the first instance.
        QTcpSocket slow;
        slow.connectToHost(u"127.0.0.1"_s, first.port());
        QVERIFY(slow.waitForConnected(3000));
        slow.write(putHead(presigned(first, talent.token, u"video"_s), big) + mp4Of(big / 4));
        QTRY_VERIFY_WITH_TIMEOUT(bodiesArriving(first).value(0) >= big / 4, 20000);

        // 2 MiB more from the same account, sent to the second, is refused on its head there.
        QTcpSocket other;
        other.connectToHost(u"127.0.0.1"_s, second.port());
        QVERIFY(other.waitForConnected(3000));
        other.write(putHead(presigned(second, talent.token, u"video"_s), small));
        const auto refused = answers(other, 1, 10000);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).first, 429);
        QVERIFY2(refused.at(0).second.contains("at once"), refused.at(0).second.constData());
        QVERIFY(bodiesArriving(second).isEmpty());

        // The first upload is kept: its bytes come back to the budget on every instance.
        slow.write(mp4Of(big).mid(big / 4));
        const auto kept = answers(slow, 1);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).first, 201);
        QCOMPARE(second.raw("PUT", presigned(second, talent.token, u"video"_s), mp4Of(small),
                            "video/mp4")
                         .status,
                 201);
    }

    void aDroppedUploadGivesItsRoomBack()
    {
        TestServer server({ { u"files/user_quota_bytes"_s, QString::number(100 * 1024) } });
        const TestUser talent = server.createUser(Role::Talent);
        const QByteArray large = pdfOf(80 * 1024);
        const QByteArray small = pdfOf(40 * 1024);

        // 80 KiB arriving holds its room in the quota...
        QTcpSocket dropped;
        dropped.connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(dropped.waitForConnected(3000));
        dropped.write(putHead(presigned(server, talent.token, u"cv"_s), large.size())
                      + large.left(large.size() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(bodiesArriving(server).value(0) >= large.size() / 2, 20000);
        // ...so 40 KiB more is refused on its head, naming the quota.
        QTcpSocket refused;
        refused.connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(refused.waitForConnected(3000));
        refused.write(putHead(presigned(server, talent.token, u"cv"_s), small.size()));
        const auto answer = answers(refused, 1, 10000);
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.at(0).first, 413);
        QVERIFY2(answer.at(0).second.contains("per-user storage quota"),
                 answer.at(0).second.constData());

        // The first client goes away mid-body: its room comes back.
        dropped.abort();
        QTRY_VERIFY_WITH_TIMEOUT(bodiesArriving(server).isEmpty(), 20000);
        QCOMPARE(server.raw("PUT", presigned(server, talent.token, u"cv"_s), small,
                            "application/pdf")
                         .status,
                 201);
    }

    void aReservationLeftBehindCountsUntilItExpires_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<bool>("storesFile");
        QTest::addColumn<int>("status");
        QTest::addRow("arriving budget")
                << u"limits/max_arriving_upload_bytes_per_account"_s << false << 429;
        QTest::addRow("quota") << u"files/user_quota_bytes"_s << true << 413;
    }

    void aReservationLeftBehindCountsUntilItExpires()
    {
        QFETCH(QString, limit);
        QFETCH(bool, storesFile);
        QFETCH(int, status);
        const qint64 bytes = 5 * 1024 * 1024;
        TestServer server({ { limit, QString::number(bytes) } });
        const TestUser talent = server.createUser(Role::Talent);
        // An instance that crashed while the whole of it was arriving left its reservation.
        leaveReservation(server, talent.id, bytes, storesFile,
                         QDateTime::currentDateTimeUtc().addSecs(3600));
        const auto upload = [&] {
            return server
                    .raw("PUT", presigned(server, talent.token, u"cv"_s), tinyPdf(),
                         "application/pdf")
                    .status;
        };
        QCOMPARE(upload(), status);

        // Expired, it counts no more, and the files sweep clears it.
        Sql(server.context().db(), u"UPDATE upload_reservations SET expires_at = :past"_s)
                .bind(u":past"_s, timeText(QDateTime::currentDateTimeUtc().addSecs(-1)))
                .exec();
        QCOMPARE(upload(), 201);
        sweepOrphanFiles(*server.context().storage, server.context().db(), 3600);
        QCOMPARE(Sql(server.context().db(), u"SELECT COUNT(*) FROM upload_reservations"_s)
                         .scalar()
                         .toInt(),
                 0);
    }
};

QTEST_MAIN(TestUploadsQuotas)
#include "tst_uploads_quotas.moc"
