// SPDX-License-Identifier: Apache-2.0
// Uploads: presigned URLs that die with their session and are used once however many PUTs race
// for them, bodies streamed to disk as they arrive and refused on their head, stored outside any
// transaction, replaced files deleted, and a background sweep of the files nothing refers to.
#include "areas/uploads.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/files/filelifecycle.h"

#include <QDir>
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

} // namespace

class TestUploads : public QObject, public UploadsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
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
};

QTEST_MAIN(TestUploads)
#include "tst_uploads.moc"
