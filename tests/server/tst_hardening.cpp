// SPDX-License-Identifier: Apache-2.0
// Hardening: login limits that hold under parallel guesses and across instances, private files
// served only to those who may see them (or through a short-lived signed link), and uploads
// whose bytes are not wholly what they claim to be.
#include "testserver.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrl>
#include <QtTest>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QJsonObject credentials(const QString &email, const QString &password)
{
    return { { u"email"_s, email }, { u"password"_s, password } };
}

/**
 * Sends @p total logins with @p body, @p parallel at a time, each from its own connection, as
 * soon as the previous one on that connection is answered; the statuses, in the order answered.
 */
QList<int> loginTogether(TestServer &server, const QJsonObject &body, int total, int parallel)
{
    QNetworkRequest request(QUrl(server.baseUrl() + u"/api/v1/auth/login"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);

    QList<int> statuses;
    int sent = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::function<void(QNetworkAccessManager *)> sendNext = [&](QNetworkAccessManager *client) {
        if (sent == total)
            return;
        ++sent;
        QNetworkReply *reply = client->post(request, bytes);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client] {
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            reply->deleteLater();
            if (statuses.size() == total)
                loop.quit();
            else
                sendNext(client);
        });
    };
    for (int i = 0; i < parallel; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        sendNext(clients.back().get());
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return statuses;
}

QString pathOf(const QString &url)
{
    return QUrl(url).path(QUrl::FullyEncoded);
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (char byte : bytes) {
        crc ^= static_cast<unsigned char>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes;
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(char((value >> shift) & 0xff));
    return bytes;
}

/** One transparent pixel. */
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000a49444154789c63000100000500010d0a2db400000000"
                               "49454e44ae426082");
}

/** tinyPng() with a well-formed tEXt chunk holding @p text before its image data. */
QByteArray pngWithText(const QByteArray &text)
{
    const QByteArray png = tinyPng();
    const QByteArray data = "Comment" + QByteArray(1, '\0') + text;
    const QByteArray typeAndData = "tEXt" + data;
    const QByteArray chunk
            = bigEndian(quint32(data.size())) + typeAndData + bigEndian(crc32(typeAndData));
    constexpr int afterHeader = 8 + 25; // the signature and the IHDR chunk
    return png.left(afterHeader) + chunk + png.mid(afterHeader);
}

/** One white pixel (an arithmetic-coded baseline JPEG). */
QByteArray tinyJpeg()
{
    return QByteArray::fromHex(
            "ffd8ffe000104a46494600010100000100010000ffdb004300030202020202030202020303030304"
            "060404040404080606050609080a0a090809090a0c0f0c0a0b0e0b09090d110d0e0f101011100a0c"
            "12131210130f101010ffc9000b080001000101011100ffcc000600101005ffda0008010100003f00"
            "d2cf20ffd9");
}

/** One pixel, lossless WebP. */
QByteArray tinyWebp()
{
    return QByteArray::fromHex(
            "524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");
}

QByteArray tinyPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                             "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}

/** The start of an MP4 file: an ftyp box (brand isom), a free box and a small mdat box. */
QByteArray tinyMp4()
{
    return QByteArray::fromHex("000000186674797069736f6d0000020069736f6d69736f32")
            + QByteArray::fromHex("0000000866726565") + QByteArray::fromHex("000000106d646174")
            + QByteArray(8, '\x11');
}

const QByteArray page = "<html><body><script>alert(document.domain)</script></body></html>";

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private:
    qint64 publishJob(const TestUser &employer, const QString &title)
    {
        const QJsonObject job { { u"title"_s, title },
                                { u"description"_s,
                                  u"A role with real responsibilities and a friendly team."_s },
                                { u"job_type"_s, u"full_time"_s },
                                { u"work_mode"_s, u"remote"_s },
                                { u"publish"_s, true } };
        return m_server->post(u"/api/v1/jobs"_s, job, employer.token)
                .json()
                .value(u"id"_s)
                .toInteger();
    }

    /** Uploads @p bytes as a file of @p kind through a presigned URL; the answer. */
    Reply presignedUpload(TestServer &server, const TestUser &owner, const QString &kind,
                          const QByteArray &bytes)
    {
        const QString url = server.post(u"/api/v1/storage/presign"_s,
                                        QJsonObject { { u"kind"_s, kind } }, owner.token)
                                    .json()
                                    .value(u"url"_s)
                                    .toString();
        return server.raw("PUT", pathOf(url), bytes, "application/octet-stream");
    }

    QString tokenOf(const QString &who) const
    {
        if (who == u"owner"_s)
            return m_talent.token;
        if (who == u"platform staff"_s)
            return m_admin.token;
        if (who == u"company applied to"_s)
            return m_employer.token;
        if (who == u"another company"_s)
            return m_otherEmployer.token;
        if (who == u"another talent"_s)
            return m_otherTalent.token;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        m_otherTalent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        m_otherEmployer = m_server->createUser(Role::Employer);
        m_admin = m_server->createUser(Role::Admin);

        const Reply cv = presignedUpload(*m_server, m_talent, u"cv"_s, tinyPdf());
        QCOMPARE(cv.status, 201);
        m_cvKey = cv.json().value(u"key"_s).toString();
        const Reply video = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(),
                                          "video/mp4", m_talent.token);
        QCOMPARE(video.status, 200);
        m_videoKey = video.json().value(u"intro_video"_s).toObject().value(u"key"_s).toString();

        const qint64 job = publishJob(m_employer, u"Support Engineer"_s);
        const Reply applied
                = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job),
                                 QJsonObject { { u"cv_key"_s, m_cvKey } }, m_talent.token);
        QCOMPARE(applied.status, 201);
        m_application = applied.json().value(u"id"_s).toInteger();
    }
    void cleanupTestCase() { m_server.reset(); }

    // ---- Login limits ----

    void parallelWrongPasswordsNeverCheckMoreThanTheLimit()
    {
        // Enough threads and hash slots that many guesses are checked at the same moment.
        TestServer server({ { u"auth/login_failures_per_account"_s, u"5"_s },
                            { u"auth/login_failures_per_address"_s, u"100000"_s },
                            { u"server/threads"_s, u"8"_s },
                            { u"auth/hash_concurrency"_s, u"8"_s } });
        const TestUser user = server.createUser(Role::Talent);

        const QList<int> statuses
                = loginTogether(server, credentials(user.email, u"Wrong-Passw0rd"_s), 60, 16);
        QCOMPARE(statuses.size(), 60);
        QCOMPARE(statuses.count(401), 5);
        QCOMPARE(statuses.count(429), 55);

        // The account stays locked for the right password too.
        const Reply locked
                = server.post(u"/api/v1/auth/login"_s, credentials(user.email, user.password));
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.header("Retry-After").toInt() >= 1);
    }

    void loginLimitsAreSharedByEveryInstance()
    {
        const QHash<QString, QString> limits { { u"auth/login_failures_per_account"_s, u"3"_s },
                                               { u"auth/login_window_seconds"_s, u"600"_s } };
        TestServer first(limits);
        QHash<QString, QString> shared = first.sharedInstanceSettings();
        shared.insert(limits);
        TestServer second(shared);
        const TestUser user = first.createUser(Role::Talent);
        const QJsonObject wrong = credentials(user.email, u"Wrong-Passw0rd"_s);

        QCOMPARE(first.post(u"/api/v1/auth/login"_s, wrong).status, 401);
        QCOMPARE(first.post(u"/api/v1/auth/login"_s, wrong).status, 401);
        QCOMPARE(second.post(u"/api/v1/auth/login"_s, wrong).status, 401);

        for (TestServer *instance : { &first, &second }) {
            const Reply locked = instance->post(u"/api/v1/auth/login"_s,
                                                credentials(user.email, user.password));
            QCOMPARE(locked.status, 429);
            const int retryAfter = locked.header("Retry-After").toInt();
            QVERIFY2(retryAfter >= 1 && retryAfter <= 600, locked.header("Retry-After").constData());
        }
    }

    void aSuccessfulLoginClearsTheAccountsFailures()
    {
        TestServer server({ { u"auth/login_failures_per_account"_s, u"3"_s } });
        const TestUser user = server.createUser(Role::Talent);
        const QJsonObject wrong = credentials(user.email, u"Wrong-Passw0rd"_s);
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(server.post(u"/api/v1/auth/login"_s, wrong).status, 401);
            QCOMPARE(server.post(u"/api/v1/auth/login"_s, wrong).status, 401);
            QVERIFY(!server.login(user.email, user.password).isEmpty());
        }
    }

    void successfulLoginsDoNotCountAgainstTheAddress()
    {
        TestServer server({ { u"auth/login_failures_per_address"_s, u"2"_s } });
        const TestUser user = server.createUser(Role::Talent);
        for (int attempt = 0; attempt < 4; ++attempt)
            QVERIFY(!server.login(user.email, user.password).isEmpty());
        QCOMPARE(server.post(u"/api/v1/auth/login"_s, credentials(user.email, u"Wrong-Passw0rd"_s))
                         .status,
                 401);
        QVERIFY(!server.login(user.email, user.password).isEmpty());
    }

    // ---- Private files ----

    void privateFilesAreServedOnlyToThoseWhoMaySeeThem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("status");
        for (const QString &file : { u"cv"_s, u"intro video"_s }) {
            const auto row = [&file](const QString &who) -> QTestData & {
                return QTest::addRow("%s, %s", qPrintable(file), qPrintable(who)) << file << who;
            };
            row(u"owner"_s) << 200;
            row(u"platform staff"_s) << 200;
            // A CV goes with the application; the intro video is part of the profile, which
            // only its talent and staff see.
            row(u"company applied to"_s) << (file == u"cv"_s ? 200 : 404);
            row(u"another company"_s) << 404;
            row(u"another talent"_s) << 404;
            row(u"anonymous"_s) << 401;
        }
    }
    void privateFilesAreServedOnlyToThoseWhoMaySeeThem()
    {
        QFETCH(QString, file);
        QFETCH(QString, who);
        QFETCH(int, status);
        const QString key = file == u"cv"_s ? m_cvKey : m_videoKey;
        const Reply reply = m_server->get(u"/api/v1/files/"_s + key, tokenOf(who));
        QCOMPARE(reply.status, status);
        if (status == 200)
            QCOMPARE(reply.body, file == u"cv"_s ? tinyPdf() : tinyMp4());
        else
            QVERIFY(reply.body != tinyPdf() && reply.body != tinyMp4());
    }

    void theApiHandsOutSignedLinksForPrivateFiles()
    {
        const QString cvUrl
                = m_server->get(u"/api/v1/applications/%1"_s.arg(m_application), m_employer.token)
                          .json()
                          .value(u"cv_url"_s)
                          .toString();
        const QString videoUrl = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                                         .json()
                                         .value(u"intro_video"_s)
                                         .toObject()
                                         .value(u"url"_s)
                                         .toString();
        for (const QString &url : { cvUrl, videoUrl }) {
            QVERIFY2(url.startsWith(m_server->baseUrl() + u"/api/v1/files/signed/"_s),
                     qPrintable(url));
            // The link alone is enough: no token.
            const Reply download = m_server->get(pathOf(url));
            QCOMPARE(download.status, 200);
            QCOMPARE(download.body, url == cvUrl ? tinyPdf() : tinyMp4());
            QCOMPARE(download.header("X-Content-Type-Options"), QByteArray("nosniff"));
        }
        QVERIFY(cvUrl.endsWith(m_cvKey));
        QVERIFY(videoUrl.endsWith(m_videoKey));
    }

    void aSignedLinkServesOnlyItsOwnFileUntilItExpires()
    {
        TestServer server({ { u"files/signed_url_seconds"_s, u"1"_s } });
        const TestUser talent = server.createUser(Role::Talent);
        const Reply first = presignedUpload(server, talent, u"cv"_s, tinyPdf());
        const Reply second = presignedUpload(server, talent, u"document"_s, tinyPng());
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        const QString link = pathOf(first.json().value(u"url"_s).toString());
        QVERIFY2(link.startsWith(u"/api/v1/files/signed/"_s), qPrintable(link));
        QCOMPARE(server.get(link).status, 200);

        const QString secondKey = second.json().value(u"key"_s).toString();
        const QString firstKey = first.json().value(u"key"_s).toString();
        QString otherFile = link;
        otherFile.replace(firstKey, secondKey);
        QCOMPARE(server.get(otherFile).status, 403);
        QStringList parts = link.split(u'/');
        // /api/v1/files/signed/{expires}/{signature}/{key}
        QCOMPARE(parts.size(), 8);
        QStringList later = parts;
        later[5] = QString::number(parts.at(5).toLongLong() + 3600);
        QCOMPARE(server.get(later.join(u'/')).status, 403);
        QStringList forged = parts;
        forged[6] = QString(parts.at(6).size(), u'A');
        QCOMPARE(server.get(forged.join(u'/')).status, 403);

        QTest::qWait(2100);
        const Reply expired = server.get(link);
        QCOMPARE(expired.status, 403);
        QVERIFY2(expired.message().contains(u"expired"_s), qPrintable(expired.message()));
        // Its owner still reaches it with a token.
        QCOMPARE(server.get(u"/api/v1/files/"_s + firstKey, talent.token).status, 200);
    }

    void publicFilesStayPublic()
    {
        const Reply avatar = m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(),
                                           "image/png", m_otherTalent.token);
        QCOMPARE(avatar.status, 200);
        const QString url = avatar.json().value(u"url"_s).toString();
        QCOMPARE(url,
                 m_server->baseUrl() + u"/api/v1/files/"_s
                         + avatar.json().value(u"key"_s).toString());
        const Reply download = m_server->get(pathOf(url));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, tinyPng());
        QCOMPARE(download.header("X-Content-Type-Options"), QByteArray("nosniff"));
    }

    // ---- Mixed content ----

    void uploadsMustBeWhollyWhatTheyClaim_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problem");

        QTest::addRow("PNG") << u"avatar"_s << tinyPng() << 200 << QString();
        QTest::addRow("PNG followed by HTML") << u"avatar"_s << tinyPng() + page << 415 << u"PNG"_s;
        QTest::addRow("script in a PNG text chunk")
                << u"avatar"_s << pngWithText("<script>alert(1)</script>") << 415 << u"<script"_s;
        QTest::addRow("PNG with an ordinary text chunk")
                << u"avatar"_s << pngWithText("Made by hand") << 200 << QString();
        QTest::addRow("JPEG") << u"avatar"_s << tinyJpeg() << 200 << QString();
        QTest::addRow("JPEG followed by HTML")
                << u"avatar"_s << tinyJpeg() + page << 415 << u"<html"_s;
        QTest::addRow("WebP") << u"avatar"_s << tinyWebp() << 200 << QString();
        QTest::addRow("WebP followed by HTML")
                << u"avatar"_s << tinyWebp() + page << 415 << u"WebP"_s;
        QTest::addRow("PDF") << u"cv"_s << tinyPdf() << 201 << QString();
        QTest::addRow("PDF followed by HTML") << u"cv"_s << tinyPdf() + page << 415 << u"PDF"_s;
        QTest::addRow("HTML inside a PDF")
                << u"cv"_s
                << QByteArray("%PDF-1.4\n%<html><body onload=alert(1)>\n1 0 obj\n<< /Type "
                              "/Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                << 415 << u"<html"_s;
        QTest::addRow("JavaScript in a PDF")
                << u"cv"_s
                << QByteArray("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /OpenAction << /S "
                              "/JavaScript /JS (app.alert(1)) >> >>\nendobj\ntrailer\n<< /Root 1 "
                              "0 R >>\n%%EOF\n")
                << 415 << u"/JavaScript"_s;
        QTest::addRow("document: PNG followed by HTML")
                << u"document"_s << tinyPng() + page << 415 << u"PNG"_s;
    }
    void uploadsMustBeWhollyWhatTheyClaim()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, problem);
        const Reply reply = kind == u"avatar"_s
                ? m_server->raw("POST", u"/api/v1/users/me/avatar"_s, bytes, "image/png",
                                m_otherTalent.token)
                : presignedUpload(*m_server, m_otherTalent, kind, bytes);
        QCOMPARE(reply.status, status);
        if (problem.isEmpty())
            return;
        QVERIFY2(reply.message().contains(problem, Qt::CaseInsensitive),
                 qPrintable(reply.message()));
        QVERIFY(!reply.json().contains(u"key"_s));
    }

private:
    std::unique_ptr<TestServer> m_server;
    TestUser m_talent; ///< applied to m_employer's job with a CV, and has an intro video
    TestUser m_otherTalent;
    TestUser m_employer;
    TestUser m_otherEmployer;
    TestUser m_admin;
    QString m_cvKey;
    QString m_videoKey;
    qint64 m_application = 0;
};

QTEST_MAIN(TestHardening)
#include "tst_hardening.moc"
