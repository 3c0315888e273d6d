// SPDX-License-Identifier: Apache-2.0
// Uploads: stored outside any transaction, held to per-user and per-company quotas, presigned
// URLs that die with their session and are used once however many PUTs race for them, replaced
// files deleted, and a background sweep of the files nothing refers to.
#include "fixtures.h"
#include "testserver.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/files/filelifecycle.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

/** An MP4 of about @p size bytes. */
QByteArray mp4Of(qsizetype size)
{
    return tinyMp4() + QByteArray(std::max<qsizetype>(0, size - tinyMp4().size()), '\x11');
}

/** A presigned upload URL's path for @p kind, asked for with @p token. */
QString presigned(TestServer &server, const QString &token, const QString &kind)
{
    const Reply reply
            = server.post(u"/api/v1/storage/presign"_s, QJsonObject { { u"kind"_s, kind } }, token);
    return pathOf(reply.json().value(u"url"_s).toString());
}

/** Where the server keeps the bytes of @p key. */
QString bytesPath(TestServer &server, const QString &key)
{
    return QDir(server.dataDir()).filePath(u"files/"_s + key.left(2) + u'/' + key);
}

/** Sends @p count PUTs of @p body to @p path at once, each on its own connection; the statuses. */
QList<int> putTogether(TestServer &server, const QString &path, const QByteArray &body, int count)
{
    QNetworkRequest request(QUrl(server.baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    QList<int> statuses;
    QEventLoop loop;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkReply *reply = clients.back()->put(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            reply->deleteLater();
            if (statuses.size() == count)
                loop.quit();
        });
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return statuses;
}

/** The sizes of the upload bodies being written to disk as they arrive. */
QList<qint64> bodiesArriving(TestServer &server)
{
    QList<qint64> sizes;
    QDirIterator files(QDir(server.dataDir()).filePath(u"files/incoming"_s), QDir::Files);
    while (files.hasNext())
        sizes.append(QFileInfo(files.next()).size());
    return sizes;
}

/** The answers on @p socket until @p count have come whole (or @p waitMs have passed): their
 *  statuses and bodies. */
QList<std::pair<int, QByteArray>> answers(QTcpSocket &socket, int count, int waitMs = 60000)
{
    QList<std::pair<int, QByteArray>> found;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (found.size() < count && timer.elapsed() < waitMs) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = buffer.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qint64 length = at < 0
                    ? 0
                    : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (buffer.size() >= headEnd + 4 + length) {
                found.append({ buffer.mid(9, 3).toInt(), buffer.mid(headEnd + 4, length) });
                buffer.remove(0, headEnd + 4 + length);
                continue;
            }
        }
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        buffer += socket.readAll();
    }
    return found;
}

/** The head of a PUT of @p length bytes to @p path. */
QByteArray putHead(const QString &path, qint64 length)
{
    return "PUT " + path.toUtf8() + " HTTP/1.1\r\nHost: test\r\nContent-Type: video/mp4\r\n"
            + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
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

class TestUploads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
    }
    void cleanupTestCase() { m_server.reset(); }

    // ---- Presigned URLs ----

    void aPresignedUrlDiesWithTheSessionThatAskedForIt()
    {
        const QString second = m_server->login(m_talent.email, m_talent.password);
        QVERIFY(!second.isEmpty());
        const QString kept = presigned(*m_server, m_talent.token, u"cv"_s);
        const QString spent = presigned(*m_server, second, u"cv"_s);
        QCOMPARE(m_server->post(u"/api/v1/auth/logout"_s, QJsonObject(), second).status, 200);

        const Reply refused = m_server->raw("PUT", spent, tinyPdf(), "application/pdf");
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.message().contains(u"session"_s), qPrintable(refused.message()));
        QVERIFY(!refused.json().contains(u"key"_s));
        // A URL from a session still open works.
        QCOMPARE(m_server->raw("PUT", kept, tinyPdf(), "application/pdf").status, 201);
    }

    void tenPutsToOneUrlStoreOneFile()
    {
        const QString url = presigned(*m_server, m_talent.token, u"video"_s);
        const QByteArray video = mp4Of(2 * 1024 * 1024);
        const QList<int> statuses = putTogether(*m_server, url, video, 10);
        QCOMPARE(statuses.size(), 10);
        QCOMPARE(statuses.count(201), 1);
        QCOMPARE(statuses.count(409), 9);
        // Spent for good: one more PUT is told so too.
        const Reply again = m_server->raw("PUT", url, video, "video/mp4");
        QCOMPARE(again.status, 409);
        QVERIFY2(again.message().contains(u"already been used"_s), qPrintable(again.message()));
    }

    void aRefusedBodyLeavesTheUrlForABetterOne()
    {
        const QString url = presigned(*m_server, m_talent.token, u"cv"_s);
        QCOMPARE(m_server->raw("PUT", url, tinyPng(), "image/png").status, 415);
        QCOMPARE(m_server->raw("PUT", url, tinyPdf(), "application/pdf").status, 201);
        QCOMPARE(m_server->raw("PUT", url, tinyPdf(), "application/pdf").status, 409);
    }

    // ---- Streamed to disk ----

    void anUploadIsWrittenToDiskAsItArrives()
    {
        const QByteArray video = mp4Of(8 * 1024 * 1024);
        const QString path = presigned(*m_server, m_talent.token, u"video"_s);
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        // The head arrives in two pieces, and half the body after it.
        const QByteArray head = putHead(path, video.size());
        socket.write(head.left(20));
        QVERIFY(socket.waitForBytesWritten(3000));
        QTest::qWait(100);
        socket.write(head.mid(20) + video.left(video.size() / 2));
        // The half already sent is on disk before the rest is sent.
        QTRY_VERIFY_WITH_TIMEOUT(bodiesArriving(*m_server).value(0) >= video.size() / 2, 20000);

        // The rest, and a request sent right behind it on the same connection.
        socket.write(video.mid(video.size() / 2));
        socket.write("GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n");
        const auto replies = answers(socket, 2);
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).first, 201);
        QCOMPARE(replies.at(1).first, 200);
        const QString key
                = QJsonDocument::fromJson(replies.at(0).second).object().value(u"key"_s).toString();
        const Reply stored = m_server->get(u"/api/v1/files/"_s + key, m_talent.token);
        QCOMPARE(stored.status, 200);
        QVERIFY(stored.body == video);
        QVERIFY(bodiesArriving(*m_server).isEmpty());
    }

    void aLargeFileIsSentWholeOrInTheRangeAsked()
    {
        // Bytes that differ from place to place, so that a part from the wrong offset shows.
        QByteArray video = tinyMp4();
        while (video.size() < 3 * 1024 * 1024 + 17)
            video.append(char(video.size() % 251));
        const QString path = presigned(*m_server, m_talent.token, u"video"_s);
        const Reply put = m_server->raw("PUT", path, video, "video/mp4");
        QCOMPARE(put.status, 201);
        const QString file = u"/api/v1/files/"_s + put.json().value(u"key"_s).toString();
        const QByteArray size = QByteArray::number(video.size());

        const Reply whole = m_server->raw("GET", file, {}, {}, m_talent.token);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.body == video);
        QCOMPARE(whole.header("Content-Length"), size);
        QCOMPARE(whole.header("Accept-Ranges"), QByteArray("bytes"));

        const auto part = [&](const QByteArray &range) {
            return m_server->raw("GET", file, {}, {}, m_talent.token, { { "Range", range } });
        };
        const Reply middle = part("bytes=1000000-1999999");
        QCOMPARE(middle.status, 206);
        QVERIFY(middle.body == video.mid(1000000, 1000000));
        QCOMPARE(middle.header("Content-Range"), "bytes 1000000-1999999/" + size);
        const Reply tail = part("bytes=-500");
        QCOMPARE(tail.status, 206);
        QVERIFY(tail.body == video.right(500));
        const Reply rest = part("bytes=3000000-");
        QCOMPARE(rest.status, 206);
        QVERIFY(rest.body == video.mid(3000000));
        const Reply past = part("bytes=" + size + "-");
        QCOMPARE(past.status, 416);
        QCOMPARE(past.header("Content-Range"), "bytes */" + size);
        // Several ranges, or nonsense, are answered with the whole file, as the RFC allows.
        const Reply several = part("bytes=0-1,5-9");
        QCOMPARE(several.status, 200);
        QVERIFY(several.body == video);
        QCOMPARE(part("bytes=9-1").status, 200);

        // After a streamed answer the server closes the connection, and a new one is served.
        QCOMPARE(m_server->get(u"/healthz"_s).status, 200);
    }

    void anUploadCutShortLeavesNothingBehind()
    {
        const QString path = presigned(*m_server, m_talent.token, u"video"_s);
        {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, m_server->port());
            QVERIFY(socket.waitForConnected(3000));
            socket.write(putHead(path, 4 * 1024 * 1024) + mp4Of(1024 * 1024));
            QTRY_VERIFY_WITH_TIMEOUT(bodiesArriving(*m_server).value(0) >= 1024 * 1024, 20000);
            socket.abort();
        }
        QTRY_VERIFY_WITH_TIMEOUT(bodiesArriving(*m_server).isEmpty(), 20000);
        // The URL was never used: it takes the whole file now.
        QCOMPARE(m_server->raw("PUT", path, mp4Of(4 * 1024 * 1024), "video/mp4").status, 201);
    }

    void anUploadOverItsLimitIsRefusedBeforeItsBody()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        // The avatar endpoint takes 5 MiB; the answer comes without a byte of the body sent.
        socket.write("POST /api/v1/users/me/avatar HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer "
                     + m_talent.token.toUtf8() + "\r\nContent-Length: 6291456\r\n\r\n");
        const auto replies = answers(socket, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0).first, 413);
        QVERIFY(bodiesArriving(*m_server).isEmpty());
    }

    void anUploadThatWouldBeRefusedIsRefusedOnItsHead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("named");
        QTest::addRow("no token") << u"/api/v1/users/me/avatar"_s << QByteArray() << qint64(4096)
                                  << 401 << u"Authentication required"_s;
        QTest::addRow("a forged token")
                << u"/api/v1/users/me/avatar"_s << QByteArray("Bearer forged.token.here")
                << qint64(4096) << 401 << QString();
        QTest::addRow("a forged upload URL") << u"/api/v1/storage/uploads/forged"_s << QByteArray()
                                             << qint64(4096) << 403 << u"invalid"_s;
    }

    void anUploadThatWouldBeRefusedIsRefusedOnItsHead()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(qint64, length);
        QFETCH(int, status);
        QFETCH(QString, named);
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        // Only the head is sent: the answer comes before any body, and nothing is written down.
        QByteArray head = putHead(path, length);
        if (!authorization.isEmpty())
            head.insert(head.size() - 2, "Authorization: " + authorization + "\r\n");
        if (path.contains(u"avatar"_s))
            head.replace("PUT ", "POST ");
        socket.write(head);
        const auto replies = answers(socket, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0).first, status);
        QVERIFY2(replies.at(0).second.contains(named.toUtf8()), replies.at(0).second.constData());
        QVERIFY(bodiesArriving(*m_server).isEmpty());
    }

    void aPresignedUrlTakesNoMoreThanItsKind()
    {
        // A CV's URL takes a CV's size, not the largest upload's: refused before the body.
        const QString path = presigned(*m_server, m_talent.token, u"cv"_s);
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write(putHead(path, 50 * 1024 * 1024));
        const auto replies = answers(socket, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0).first, 413);
        QVERIFY(bodiesArriving(*m_server).isEmpty());
        // Unspent: a CV of the right size goes through it.
        QCOMPARE(m_server->raw("PUT", path, tinyPdf(), "application/pdf").status, 201);
    }

    void aClientThatAsksToContinueIsToldTo()
    {
        const QString path = presigned(*m_server, m_talent.token, u"cv"_s);
        const QByteArray pdf = tinyPdf();
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        QByteArray head = putHead(path, pdf.size());
        head.insert(head.size() - 2, "Expect: 100-continue\r\n");
        socket.write(head);
        const auto interim = answers(socket, 1);
        QCOMPARE(interim.size(), 1);
        QCOMPARE(interim.at(0).first, 100);
        socket.write(pdf);
        const auto replies = answers(socket, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0).first, 201);
    }

    void aFoldedHeaderIsRefused()
    {
        // Folded, "Content-Length" would be part of X-Note for the HTTP server but its own header
        // for a reader that does not fold: the two would disagree on where the body ends.
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: test\r\nX-Note: a\r\n "
                     "Content-Length: 5\r\n\r\nhello");
        const auto replies = answers(socket, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0).first, 400);
        QVERIFY(replies.at(0).second.contains("folded"));
    }

    // ---- Stored outside transactions ----

    void filesAreWrittenOutsideAnyTransaction()
    {
        QMutex mutex;
        QStringList inTransaction;
        int written = 0;
        m_server->context().storage->setWriteObserver([&](const StoredFile &file) {
            const QMutexLocker lock(&mutex);
            ++written;
            if (Transaction::openOnThisThread())
                inTransaction.append(Storage::kindName(file.kind));
        });
        const TestUser employer = m_server->createUser(Role::Employer);
        QCOMPARE(m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(), "image/png",
                               m_talent.token)
                         .status,
                 200);
        QCOMPARE(m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(), "image/png",
                               employer.token)
                         .status,
                 200);
        QCOMPARE(m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(), "video/mp4",
                               m_talent.token)
                         .status,
                 200);
        QCOMPARE(m_server->raw("PUT", presigned(*m_server, m_talent.token, u"cv"_s), tinyPdf(),
                               "application/pdf")
                         .status,
                 201);
        m_server->context().storage->setWriteObserver({});
        QCOMPARE(written, 4);
        QVERIFY2(inTransaction.isEmpty(), qPrintable(inTransaction.join(u", "_s)));
    }

    // ---- Replaced files ----

    void aReplacedPictureOrVideoIsDeleted_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("keyAt");
        QTest::addRow("talent's avatar")
                << Role::Talent << u"/api/v1/users/me/avatar"_s << tinyPng() << u"key"_s;
        QTest::addRow("company's logo")
                << Role::Employer << u"/api/v1/users/me/avatar"_s << tinyPng() << u"key"_s;
        QTest::addRow("intro video") << Role::Talent << u"/api/v1/talents/me/intro-video"_s
                                     << tinyMp4() << u"intro_video"_s;
    }
    void aReplacedPictureOrVideoIsDeleted()
    {
        QFETCH(Role, role);
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, keyAt);
        const TestUser owner = m_server->createUser(role);
        const auto upload = [&] {
            const Reply reply
                    = m_server->raw("POST", path, bytes, "application/octet-stream", owner.token);
            const QJsonObject json = reply.json();
            return json.value(keyAt).isObject()
                    ? json.value(keyAt).toObject().value(u"key"_s).toString()
                    : json.value(keyAt).toString();
        };
        const QString first = upload();
        QVERIFY(!first.isEmpty());
        QVERIFY(QFile::exists(bytesPath(*m_server, first)));
        const QString second = upload();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);

        QCOMPARE(m_server->get(u"/api/v1/files/"_s + first, owner.token).status, 404);
        QVERIFY(!QFile::exists(bytesPath(*m_server, first)));
        QCOMPARE(m_server->get(u"/api/v1/files/"_s + second, owner.token).status, 200);
    }

    void aVideoAttachedByKeyReplacesAndDeletesTheOldOne()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        const QString first = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(),
                                            "video/mp4", talent.token)
                                      .json()
                                      .value(u"intro_video"_s)
                                      .toObject()
                                      .value(u"key"_s)
                                      .toString();
        const Reply uploaded = m_server->raw("PUT", presigned(*m_server, talent.token, u"video"_s),
                                             tinyMp4(), "video/mp4");
        QCOMPARE(uploaded.status, 201);
        const QString second = uploaded.json().value(u"key"_s).toString();
        const Reply attached
                = m_server->put(u"/api/v1/talents/me/intro-video"_s,
                                QJsonObject { { u"file_key"_s, second } }, talent.token);
        QCOMPARE(attached.status, 200);
        QCOMPARE(m_server->get(u"/api/v1/files/"_s + first, talent.token).status, 404);
        QVERIFY(!QFile::exists(bytesPath(*m_server, first)));
        // Attaching the same video again deletes nothing.
        QCOMPARE(m_server->put(u"/api/v1/talents/me/intro-video"_s,
                               QJsonObject { { u"file_key"_s, second } }, talent.token)
                         .status,
                 200);
        QCOMPARE(m_server->get(u"/api/v1/files/"_s + second, talent.token).status, 200);
    }

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

    // ---- The sweep ----

    void theSweepDeletesWhatNothingRefersTo()
    {
        // Four runs a round: the slices come round to every key within the wait below.
        TestServer server({ { u"files/orphan_grace_seconds"_s, u"2"_s },
                            { u"files/sweep_interval_seconds"_s, u"1"_s },
                            { u"files/sweep_prefixes_per_run"_s, u"64"_s } });
        const TestUser talent = server.createUser(Role::Talent);
        const Reply avatar = server.raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(),
                                        "image/png", talent.token);
        QCOMPARE(avatar.status, 200);
        const QString kept = avatar.json().value(u"key"_s).toString();
        const Reply orphan = server.raw("PUT", presigned(server, talent.token, u"cv"_s), tinyPdf(),
                                        "application/pdf");
        QCOMPARE(orphan.status, 201);
        const QString orphanKey = orphan.json().value(u"key"_s).toString();
        // Bytes no row records, as a request that failed before recording its file leaves.
        const QString strayKey = u"ab"_s + QString(30, u'0') + u".pdf"_s;
        QDir().mkpath(QFileInfo(bytesPath(server, strayKey)).absolutePath());
        QFile stray(bytesPath(server, strayKey));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write(tinyPdf());
        stray.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                          QFileDevice::FileModificationTime);
        stray.close();

        QTRY_COMPARE_WITH_TIMEOUT(server.get(u"/api/v1/files/"_s + orphanKey, talent.token).status,
                                  404, 30000);
        QVERIFY(!QFile::exists(bytesPath(server, orphanKey)));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bytesPath(server, strayKey)), 30000);
        QCOMPARE(server.get(u"/api/v1/files/"_s + kept).status, 200);
        QVERIFY(QFile::exists(bytesPath(server, kept)));
    }

    void aSweepGoesThroughOneSliceOfKeysARun()
    {
        // No run of the sweep reads every key or walks every directory: a run takes a slice of
        // the 256 prefixes, and the slice starting at "00" also looks at anything else.
        TestServer server({ { u"files/orphan_grace_seconds"_s, u"1"_s } });
        const auto strayAt = [&server](const QString &relative) {
            const QString path = QDir(server.dataDir()).filePath(u"files/"_s + relative);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write("left behind");
            file.flush(); // or closing would write, and date the file now
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                             QFileDevice::FileModificationTime);
            return path;
        };
        const QString low = strayAt(u"10/10"_s + QString(30, u'0') + u".pdf"_s);
        const QString high = strayAt(u"f0/f0"_s + QString(30, u'0') + u".pdf"_s);
        const QString elsewhere = strayAt(u"leftovers/old.tmp"_s);
        const Storage &storage = *server.context().storage;
        QSqlDatabase db = server.context().db();

        const KeySlice second = KeySlice::at(u"80"_s, 128);
        QCOMPARE(second.from(), u"80"_s);
        QCOMPARE(second.to(), u"g"_s);
        QCOMPARE(second.after(), u"00"_s);
        QCOMPARE(sweepOrphanFiles(storage, db, 1, second).strays, 1);
        QVERIFY(QFile::exists(low));
        QVERIFY(!QFile::exists(high));
        QVERIFY(QFile::exists(elsewhere));

        const KeySlice first = KeySlice::at(second.after(), 128);
        QCOMPARE(first.to(), u"80"_s);
        QCOMPARE(sweepOrphanFiles(storage, db, 1, first).strays, 2);
        QVERIFY(!QFile::exists(low));
        QVERIFY(!QFile::exists(elsewhere));

        // A cursor that is not a prefix starts the round again; a slice stops at "ff".
        QCOMPARE(KeySlice::at(u"zz"_s, 32).first, 0);
        QCOMPARE(KeySlice::at(u"F0"_s, 32).first, 0);
        QCOMPARE(KeySlice::at(u"f0"_s, 32).count, 16);
    }

private:
    std::unique_ptr<TestServer> m_server;
    TestUser m_talent;
};

QTEST_MAIN(TestUploads)
#include "tst_uploads.moc"
