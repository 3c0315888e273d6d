// SPDX-License-Identifier: Apache-2.0
// Image verification and wallets behind their providers: the local ones check and keep what
// they honestly can, and the HTTP adapters are driven against a fake vendor in this process.
// Also the AI service's read of a consenting talent by id.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "modules/partners/vendorservices.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** @brief A vendor's API in this process: answers every POST with one status and body, and
 *  keeps the bodies it was sent. */
class FakeVendor : public QObject
{
public:
    FakeVendor(int status, QJsonObject answer)
        : m_status(status)
        , m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/v1/check"_s.arg(m_server.serverPort()); }
    QList<QJsonObject> received;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        received.append(QJsonDocument::fromJson(buffer.mid(end + 4, length)).object());
        const QByteArray body = QJsonDocument(m_answer).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                      + " Answer\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status;
    QJsonObject m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/** A sharp, evenly lit picture: fine detail in mid-grey tones, different for each @p seed. */
QImage sharpPicture(quint32 seed)
{
    QImage image(320, 240, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int shade = 70 + int(random.bounded(110));
            image.setPixel(x, y, qRgb(shade, shade, shade));
        }
    }
    return image;
}

/** A smooth, dark picture: no detail, in shadow. */
QImage dullPicture()
{
    QImage image(320, 240, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 320, 0);
    gradient.setColorAt(0, QColor(10, 10, 10));
    gradient.setColorAt(1, QColor(30, 30, 30));
    painter.fillRect(image.rect(), gradient);
    return image;
}

} // namespace

class TestVendors : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithStaff(); }
    void cleanupTestCase() { m_server.reset(); }

    void localCheckPassesASharpWellLitPicture();
    void localCheckSaysWhatIsWrong();
    void samePictureOnAnotherAccountIsCaught();
    void aPictureSeenLongAgoIsStillCaught();
    void everyHashWithinTheDistanceIsFound();
    void imageRefusals_data();
    void imageRefusals();
    void vendorFindsTheFace();
    void vendorFailureIsABadGateway();
    void localWalletHoldsNoMoney();
    void vendorWalletCarriesTheAccountNumber();
    void aiReadsConsentingTalentsById();

private:
    Reply verify(const QByteArray &bytes, const QString &token);
};

Reply TestVendors::verify(const QByteArray &bytes, const QString &token)
{
    return m_server->raw("POST", u"/api/v1/ai/image-verification"_s, bytes, "image/png", token);
}

void TestVendors::localCheckPassesASharpWellLitPicture()
{
    const Reply reply = verify(png(sharpPicture(1)), m_talent.token);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QVERIFY2(json.value(u"passed"_s).toBool(), reply.body.constData());
    QCOMPARE(json.value(u"provider"_s).toString(), u"local"_s);
    QVERIFY(json[u"checks"_s][u"sharpness"_s][u"passed"_s].toBool());
    QCOMPARE(json[u"checks"_s][u"exposure"_s][u"verdict"_s].toString(), u"well lit"_s);
    // What it cannot tell, it says so.
    QCOMPARE(json[u"checks"_s][u"face"_s][u"checked"_s].toBool(true), false);
    QCOMPARE(json[u"likeness"_s][u"checked"_s].toBool(true), false);
    QVERIFY(json[u"likeness"_s][u"reason"_s].toString().contains(u"vendor"_s));
}

void TestVendors::localCheckSaysWhatIsWrong()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply reply = verify(png(dullPicture()), talent.token);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QVERIFY(!json.value(u"passed"_s).toBool());
    QVERIFY(!json[u"checks"_s][u"sharpness"_s][u"passed"_s].toBool());
    QCOMPARE(json[u"checks"_s][u"exposure"_s][u"verdict"_s].toString(), u"too dark"_s);
}

void TestVendors::samePictureOnAnotherAccountIsCaught()
{
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent);
    const QImage picture = sharpPicture(42);
    QVERIFY(verify(png(picture), first.token)
                    .json()[u"checks"_s][u"not_seen_before"_s][u"passed"_s]
                    .toBool());
    // The same picture, a little lighter, from someone else.
    QImage copy = picture;
    for (int y = 0; y < copy.height(); ++y) {
        for (int x = 0; x < copy.width(); ++x)
            copy.setPixel(x, y, QColor(copy.pixel(x, y)).lighter(106).rgb());
    }
    const QJsonObject again = verify(png(copy), second.token).json();
    QVERIFY(!again[u"checks"_s][u"not_seen_before"_s][u"passed"_s].toBool());
    QVERIFY(!again.value(u"passed"_s).toBool());
    // A different picture is not taken for it.
    QVERIFY(verify(png(sharpPicture(43)), second.token)
                    .json()[u"checks"_s][u"not_seen_before"_s][u"passed"_s]
                    .toBool());
}

void TestVendors::aPictureSeenLongAgoIsStillCaught()
{
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent);
    const TestUser others = m_server->createUser(Role::Talent);
    const QImage picture = sharpPicture(77);
    QVERIFY(verify(png(picture), first.token)
                    .json()[u"checks"_s][u"not_seen_before"_s][u"passed"_s]
                    .toBool());
    // Twelve thousand other pictures arrive after it.
    {
        QSqlDatabase db = m_server->context().db();
        Transaction tx(db);
        QRandomGenerator random(2026);
        for (int i = 0; i < 12000; ++i)
            VendorServices::rememberFingerprint(db, others.id, random.generate64());
        tx.commit();
    }
    const QJsonObject again = verify(png(picture), second.token).json();
    QCOMPARE(again[u"checks"_s][u"not_seen_before"_s][u"matches"_s].toInt(), 1);
    QVERIFY(!again.value(u"passed"_s).toBool());
}

void TestVendors::everyHashWithinTheDistanceIsFound()
{
    // Whichever bits a near copy changes, up to the distance, it is found; one bit further,
    // it is not.
    QSqlDatabase db = m_server->context().db();
    const TestUser owner = m_server->createUser(Role::Talent);
    const TestUser asker = m_server->createUser(Role::Talent);
    QRandomGenerator random(64);
    for (int round = 0; round < 200; ++round) {
        const quint64 hash = random.generate64();
        quint64 flips = 0;
        while (std::popcount(flips) < VendorServices::sameImageDistance + round % 2)
            flips |= quint64(1) << random.bounded(64);
        int found = 0;
        {
            Transaction tx(db); // never committed: each round starts from none
            VendorServices::rememberFingerprint(db, owner.id, hash ^ flips);
            found = VendorServices::fingerprintMatches(db, asker.id, hash);
        }
        QCOMPARE(found, round % 2 == 0 ? 1 : 0);
    }
}

void TestVendors::imageRefusals_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addRow("not a picture") << u"talent"_s << QByteArray("hello, world") << 400;
    QTest::addRow("too small") << u"talent"_s << png(QImage(16, 16, QImage::Format_RGB32)) << 400;
    QTest::addRow("employer") << u"employer"_s << png(sharpPicture(7)) << 403;
    QTest::addRow("anonymous") << u"nobody"_s << png(sharpPicture(7)) << 401;
}

void TestVendors::imageRefusals()
{
    QFETCH(QString, caller);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Reply reply = verify(body, tokenOf(caller));
    QCOMPARE(reply.status, status);
    if (status == 400)
        QVERIFY2(namesMessage(reply, u"image"_s), reply.body.constData());
}

void TestVendors::vendorFindsTheFace()
{
    FakeVendor vendor(200, { { u"face_count"_s, 1 }, { u"liveness"_s, 0.93 } });
    TestServer server({ { u"partners/image_vendor_url"_s, vendor.url() } });
    const TestUser talent = server.createUser(Role::Talent);
    const QByteArray picture = png(sharpPicture(5));
    const Reply reply = server.raw("POST", u"/api/v1/ai/image-verification"_s, picture, "image/png",
                                   talent.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"provider"_s).toString(), u"vendor"_s);
    QVERIFY(reply.json()[u"checks"_s][u"face"_s][u"passed"_s].toBool());
    QVERIFY(reply.json().value(u"passed"_s).toBool());
    QCOMPARE(vendor.received.size(), 1);
    QCOMPARE(QByteArray::fromBase64(vendor.received.first().value(u"image"_s).toString().toLatin1()),
             picture);
}

void TestVendors::vendorFailureIsABadGateway()
{
    FakeVendor vendor(500, { { u"error"_s, u"down"_s } });
    TestServer server({ { u"partners/image_vendor_url"_s, vendor.url() },
                        { u"partners/wallet_vendor_url"_s, vendor.url() } });
    const TestUser talent = server.createUser(Role::Talent);
    QCOMPARE(server.raw("POST", u"/api/v1/ai/image-verification"_s, png(sharpPicture(9)),
                        "image/png", talent.token)
                     .status,
             502);
    QCOMPARE(server.post(u"/api/v1/wallets"_s, QJsonObject {}, talent.token).status, 502);
    // Both were asked of the vendor, and neither left a record behind.
    QCOMPARE(vendor.received.size(), 2);
    QCOMPARE(server.post(u"/api/v1/wallets"_s, QJsonObject {}, talent.token).status, 502);
    QCOMPARE(vendor.received.size(), 3); // a failed opening kept no wallet, so it is asked again
}

void TestVendors::localWalletHoldsNoMoney()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply opened = m_server->post(u"/api/v1/wallets"_s, QJsonObject {}, talent.token);
    QCOMPARE(opened.status, 201);
    QCOMPARE(opened.json().value(u"provider"_s).toString(), u"local"_s);
    QCOMPARE(opened.json().value(u"moves_money"_s).toBool(true), false);
    QVERIFY(opened.json().value(u"account_number"_s).isNull());
    QCOMPARE(m_server->post(u"/api/v1/wallets"_s, QJsonObject {}, talent.token).status, 409);
    QCOMPARE(m_server->post(u"/api/v1/wallets"_s, QJsonObject {}, m_employer.token).status, 403);
    QCOMPARE(m_server->post(u"/api/v1/wallets"_s, QJsonObject {}).status, 401);
}

void TestVendors::vendorWalletCarriesTheAccountNumber()
{
    FakeVendor vendor(
            201, { { u"wallet_id"_s, u"pw_81723"_s }, { u"account_number"_s, u"9012345678"_s } });
    TestServer server({ { u"partners/wallet_vendor_url"_s, vendor.url() } });
    const TestUser talent = server.createUser(Role::Talent);
    const Reply opened = server.post(u"/api/v1/wallets"_s, QJsonObject {}, talent.token);
    QCOMPARE(opened.status, 201);
    QCOMPARE(opened.json().value(u"account_reference"_s).toString(), u"pw_81723"_s);
    QCOMPARE(opened.json().value(u"account_number"_s).toString(), u"9012345678"_s);
    QCOMPARE(opened.json().value(u"provider"_s).toString(), u"parkway"_s);
    QCOMPARE(vendor.received.first().value(u"email"_s).toString(), talent.email);
}

void TestVendors::aiReadsConsentingTalentsById()
{
    // The AI service is a partner organisation: only a partner's keys read talents.
    const TestUser ai = m_server->createUser(Role::Partner);
    const QString key
            = m_server->post(u"/api/v1/api-keys"_s,
                             QJsonObject { { u"name"_s, u"AI"_s },
                                           { u"scopes"_s, QJsonArray { u"talents.read"_s } } },
                             ai.token)
                      .json()
                      .value(u"key"_s)
                      .toString();
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString path = u"/api/v1/ai/talents/%1"_s.arg(talent.id);
    auto read = [&](const QString &p) {
        return m_server->raw("GET", p, {}, {}, {}, { { "X-Api-Key", key.toLatin1() } });
    };
    QCOMPARE(read(path).status, 404);
    QCOMPARE(read(u"/api/v1/ai/talents/abc"_s).status, 400);
    QCOMPARE(m_server->get(path, m_admin.token).status, 401);
    QCOMPARE(m_server->post(u"/api/v1/me/partner-consents"_s,
                            QJsonObject { { u"partner_id"_s, *ai.companyId } }, talent.token)
                     .status,
             200);
    const Reply reply = read(path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"email"_s).toString(), talent.email);
}

QTEST_GUILESS_MAIN(TestVendors)
#include "tst_vendors.moc"
