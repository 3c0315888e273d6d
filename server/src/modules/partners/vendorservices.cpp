// SPDX-License-Identifier: Apache-2.0
#include "vendorservices.h"

#include "vendorhttp.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "modules/accounts/accountservice.h"

#include <wn/common/apierror.h>

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QUuid>

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Below this variance of the Laplacian a picture is too blurred to recognise anyone. */
constexpr double minSharpness = 40.0;
constexpr double darkest = 50.0;
constexpr double brightest = 210.0;
/** More than this share of pixels at black or white is a picture burnt out or in shadow. */
constexpr double maxClipped = 0.4;

QImage grayscale(const QImage &image, int maxSide)
{
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    if (std::max(gray.width(), gray.height()) > maxSide)
        gray = gray.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return gray;
}

} // namespace

quint64 differenceHash(const QImage &image)
{
    const QImage small = image.convertToFormat(QImage::Format_Grayscale8)
                                 .scaled(9, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    quint64 hash = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *row = small.constScanLine(y);
        for (int x = 0; x < 8; ++x)
            hash = (hash << 1) | (row[x] < row[x + 1] ? 1 : 0);
    }
    return hash;
}

QJsonObject LocalImageProvider::check(const QImage &image, const QByteArray &)
{
    const QImage gray = grayscale(image, 512);
    const int w = gray.width();
    const int h = gray.height();
    double sum = 0;
    double sumSquares = 0;
    qint64 laplacians = 0;
    double brightness = 0;
    qint64 clipped = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            brightness += row[x];
            if (row[x] < 8 || row[x] > 247)
                ++clipped;
            if (x == 0 || y == 0 || x == w - 1 || y == h - 1)
                continue;
            const double laplacian = 4.0 * row[x] - row[x - 1] - row[x + 1]
                    - gray.constScanLine(y - 1)[x] - gray.constScanLine(y + 1)[x];
            sum += laplacian;
            sumSquares += laplacian * laplacian;
            ++laplacians;
        }
    }
    const double pixels = double(w) * h;
    const double mean = laplacians ? sum / double(laplacians) : 0;
    const double sharpness = laplacians ? sumSquares / double(laplacians) - mean * mean : 0;
    const double exposure = pixels > 0 ? brightness / pixels : 0;
    const double clippedShare = pixels > 0 ? double(clipped) / pixels : 1;
    const QString light = exposure < darkest ? u"too dark"_s
            : exposure > brightest           ? u"too bright"_s
            : clippedShare > maxClipped      ? u"burnt out or in deep shadow"_s
                                             : u"well lit"_s;
    return {
        { u"sharpness"_s,
          QJsonObject { { u"passed"_s, sharpness >= minSharpness },
                        { u"value"_s, std::round(sharpness * 10) / 10 },
                        { u"minimum"_s, minSharpness } } },
        { u"exposure"_s,
          QJsonObject { { u"passed"_s, light == u"well lit"_s },
                        { u"mean_brightness"_s, std::round(exposure * 10) / 10 },
                        { u"clipped_share"_s, std::round(clippedShare * 1000) / 1000 },
                        { u"verdict"_s, light } } },
        { u"face"_s,
          QJsonObject { { u"checked"_s, false },
                        { u"reason"_s,
                          u"Finding a face, and matching it to the talent, needs the image "
                          u"verification vendor"_s } } },
    };
}

QJsonObject HttpImageProvider::check(const QImage &image, const QByteArray &bytes)
{
    Q_UNUSED(image);
    const VendorReply reply
            = postToVendor(m_url,
                           { { u"image"_s, QString::fromLatin1(bytes.toBase64()) },
                             { u"content_type"_s,
                               bytes.startsWith("\x89PNG") ? u"image/png"_s : u"image/jpeg"_s } });
    if (reply.status != 200 || !reply.body.contains(u"face_count"_s))
        throw ApiError(502, u"The image verification vendor did not answer; try again later"_s);
    const int faces = reply.body.value(u"face_count"_s).toInt();
    const double liveness = reply.body.value(u"liveness"_s).toDouble();
    return {
        { u"face"_s,
          QJsonObject {
                  { u"passed"_s, faces == 1 }, { u"checked"_s, true }, { u"count"_s, faces } } },
        { u"liveness"_s,
          QJsonObject { { u"passed"_s, liveness >= 0.5 }, { u"score"_s, liveness } } },
    };
}

QJsonObject LocalWalletProvider::open(const UserSummary &)
{
    return { { u"account_reference"_s,
               u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) },
             { u"account_number"_s, QJsonValue() } };
}

QJsonObject HttpWalletProvider::open(const UserSummary &owner)
{
    const VendorReply reply = postToVendor(m_url,
                                           { { u"reference"_s, owner.uuid },
                                             { u"email"_s, owner.email },
                                             { u"first_name"_s, owner.firstName },
                                             { u"last_name"_s, owner.lastName } });
    const QString wallet = reply.body.value(u"wallet_id"_s).toString();
    if ((reply.status != 200 && reply.status != 201) || wallet.isEmpty())
        throw ApiError(502, u"The wallet provider did not open the wallet; try again later"_s);
    const QString number = reply.body.value(u"account_number"_s).toString();
    return { { u"account_reference"_s, wallet },
             { u"account_number"_s, number.isEmpty() ? QJsonValue() : QJsonValue(number) } };
}

namespace {

/** Band @p band of @p hash: the first band takes the bits 64 leaves over after equal bands. */
int bandOf(quint64 hash, int band)
{
    constexpr int bands = VendorServices::fingerprintBands;
    constexpr int width = 64 / bands;
    constexpr int first = width + 64 % bands;
    const int start = band == 0 ? 0 : first + (band - 1) * width;
    const int bits = band == 0 ? first : width;
    return int((hash >> start) & ((quint64(1) << bits) - 1));
}

void rememberBands(QSqlDatabase &db, qint64 fingerprintId, quint64 hash)
{
    QStringList rows;
    for (int band = 0; band < VendorServices::fingerprintBands; ++band)
        rows.append(u"(:id, %1, :b%1)"_s.arg(band));
    Sql insert(db,
               u"INSERT INTO image_fingerprint_bands (fingerprint_id, band, value) VALUES "_s
                       + rows.join(u", "_s) + u" ON CONFLICT DO NOTHING"_s);
    insert.bind(u":id"_s, fingerprintId);
    for (int band = 0; band < VendorServices::fingerprintBands; ++band)
        insert.bind(u":b%1"_s.arg(band), bandOf(hash, band));
    insert.exec();
}

quint64 hashOf(const QString &text)
{
    return text.toULongLong(nullptr, 16);
}

} // namespace

VendorServices::VendorServices(ServerContext &context, AccountService &accounts)
    : m_context(context)
    , m_accounts(accounts)
{
    const QString imageUrl = context.config.value(u"partners/image_vendor_url"_s);
    if (imageUrl.isEmpty())
        m_images = std::make_unique<LocalImageProvider>();
    else
        m_images = std::make_unique<HttpImageProvider>(imageUrl);
    const QString walletUrl = context.config.value(u"partners/wallet_vendor_url"_s);
    if (walletUrl.isEmpty())
        m_wallets = std::make_unique<LocalWalletProvider>();
    else
        m_wallets = std::make_unique<HttpWalletProvider>(walletUrl);
}

void VendorServices::bandOlderFingerprints()
{
    QSqlDatabase db = m_context.db();
    QList<std::pair<qint64, quint64>> unbanded;
    {
        Sql q(db,
              u"SELECT id, phash FROM image_fingerprints f WHERE NOT EXISTS (SELECT 1 FROM "
              u"image_fingerprint_bands b WHERE b.fingerprint_id = f.id)"_s);
        q.exec();
        while (q.next())
            unbanded.append({ q.id(u"id"_s), hashOf(q.text(u"phash"_s)) });
    }
    if (!unbanded.isEmpty()) {
        Transaction tx(db);
        for (const auto &[id, hash] : std::as_const(unbanded))
            rememberBands(db, id, hash);
        tx.commit();
    }
}

void VendorServices::rememberFingerprint(QSqlDatabase &db, qint64 userId, quint64 hash)
{
    const qint64 id = insertRowReturningId(
            db, u"image_fingerprints"_s,
            { { u"user_id"_s, userId },
              { u"phash"_s, QString::number(hash, 16).rightJustified(16, u'0') },
              { u"created_at"_s, nowText() } });
    rememberBands(db, id, hash);
}

int VendorServices::fingerprintMatches(QSqlDatabase &db, qint64 userId, quint64 hash)
{
    // Every hash sharing a band is a candidate; the bit count tells which are near enough.
    QStringList anyBand;
    for (int band = 0; band < fingerprintBands; ++band)
        anyBand.append(u"(band = %1 AND value = :b%1)"_s.arg(band));
    Sql candidates(db,
                   u"SELECT phash FROM image_fingerprints WHERE user_id <> :user AND id IN "
                   u"(SELECT fingerprint_id FROM image_fingerprint_bands WHERE "_s
                           + anyBand.join(u" OR "_s) + u")"_s);
    candidates.bind(u":user"_s, userId);
    for (int band = 0; band < fingerprintBands; ++band)
        candidates.bind(u":b%1"_s.arg(band), bandOf(hash, band));
    candidates.exec();
    int matches = 0;
    while (candidates.next()) {
        if (std::popcount(hash ^ hashOf(candidates.text(u"phash"_s))) <= sameImageDistance)
            ++matches;
    }
    return matches;
}

QJsonObject VendorServices::verifyImage(const Principal &talent, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        throw ApiError::badRequest(QStringList { u"image must be a PNG or JPEG picture"_s });
    reader.setAllocationLimit(256);
    const QImage image = reader.read();
    if (image.isNull() || image.width() < 64 || image.height() < 64)
        throw ApiError::badRequest(
                QStringList { u"image must be a readable picture of at least 64×64 pixels"_s });

    QJsonObject checks = m_images->check(image, bytes);
    const quint64 hash = differenceHash(image);
    // Hashes kept before they were cut into bands get their bands, once.
    std::call_once(m_banded, [this] { bandOlderFingerprints(); });
    QSqlDatabase db = m_context.db();
    // Seen before on another account: the same picture (or a near copy) offered twice.
    const int matches = fingerprintMatches(db, talent.userId, hash);
    checks.insert(u"not_seen_before"_s,
                  QJsonObject { { u"passed"_s, matches == 0 }, { u"matches"_s, matches } });
    rememberFingerprint(db, talent.userId, hash);

    bool passed = true;
    for (const QJsonValue &check : std::as_const(checks)) {
        if (check.toObject().value(u"checked"_s).toBool(true))
            passed = passed && check.toObject().value(u"passed"_s).toBool();
    }
    return { { u"passed"_s, passed },
             { u"provider"_s, m_images->name() },
             { u"checks"_s, checks },
             { u"likeness"_s,
               QJsonObject { { u"checked"_s, false },
                             { u"reason"_s,
                               u"Matching the picture to the talent's photo needs the vendor's "
                               u"likeness service"_s } } } };
}

QJsonObject VendorServices::openWallet(const Principal &talent)
{
    QSqlDatabase db = m_context.db();
    auto existing = [&] {
        return Sql(db,
                   u"SELECT provider, account_reference, account_number, created_at FROM wallets "
                   u"WHERE user_id = :user"_s)
                .bind(u":user"_s, talent.userId)
                .one();
    };
    if (existing())
        throw ApiError::conflict(u"You already have a wallet"_s);
    // The vendor is called outside any transaction: it may take seconds.
    const QJsonObject opened = m_wallets->open(m_accounts.summary(db, talent.userId));
    Transaction tx(db);
    Sql(db,
        u"INSERT INTO wallets (user_id, provider, account_reference, account_number, "
        u"created_at) VALUES (:user, :provider, :reference, :number, :now) ON CONFLICT "
        u"DO NOTHING"_s)
            .bind(u":user"_s, talent.userId)
            .bind(u":provider"_s, m_wallets->name())
            .bind(u":reference"_s, opened.value(u"account_reference"_s).toString())
            .bind(u":number"_s, nullIfEmpty(opened.value(u"account_number"_s)))
            .bind(u":now"_s, nowText())
            .execChanging(ApiError::conflict(u"You already have a wallet"_s));
    tx.commit();
    const SqlRow row = *existing();
    return { { u"provider"_s, row.text(u"provider"_s) },
             { u"account_reference"_s, row.text(u"account_reference"_s) },
             { u"account_number"_s, row.textOrNull(u"account_number"_s) },
             { u"created_at"_s, row.text(u"created_at"_s) },
             { u"moves_money"_s, m_wallets->name() != u"local"_s } };
}

} // namespace wn
