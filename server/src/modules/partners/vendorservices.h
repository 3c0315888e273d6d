// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <mutex>

class QImage;
class QSqlDatabase;

namespace wn {

struct ServerContext;
struct Principal;
struct UserSummary;
class AccountService;

/** @brief Checks a live picture of a person; a vendor's adapter or what can be checked here. */
class ImageVerificationProvider
{
public:
    virtual ~ImageVerificationProvider() = default;
    virtual QString name() const = 0;
    /** The checks made, each an object with "passed" (and "checked": false for one it could not
     *  make); ApiError 502 when a vendor fails. */
    virtual QJsonObject check(const QImage &image, const QByteArray &bytes) = 0;
};

/** @brief What can honestly be told from the pixels alone: sharpness and exposure. Whether a
 *  face is present, alive and the talent's own needs the vendor provider. */
class LocalImageProvider : public ImageVerificationProvider
{
public:
    QString name() const override { return QStringLiteral("local"); }
    QJsonObject check(const QImage &image, const QByteArray &bytes) override;
};

/** @brief A vendor answering POST {image (base64), content_type} with {face_count, liveness}. */
class HttpImageProvider : public ImageVerificationProvider
{
public:
    explicit HttpImageProvider(QString url)
        : m_url(std::move(url))
    { }
    QString name() const override { return QStringLiteral("vendor"); }
    QJsonObject check(const QImage &image, const QByteArray &bytes) override;

private:
    QString m_url;
};

/** @brief Opens a wallet for a talent at a wallet vendor. */
class WalletProvider
{
public:
    virtual ~WalletProvider() = default;
    virtual QString name() const = 0;
    /** {account_reference, account_number (null if none)}; ApiError 502 when a vendor fails. */
    virtual QJsonObject open(const UserSummary &owner) = 0;
};

/** @brief A wallet in Worknation's own records only: it holds and moves no money. */
class LocalWalletProvider : public WalletProvider
{
public:
    QString name() const override { return QStringLiteral("local"); }
    QJsonObject open(const UserSummary &owner) override;
};

/** @brief A vendor answering POST {reference, email, first_name, last_name} with
 *  {wallet_id, account_number}. */
class HttpWalletProvider : public WalletProvider
{
public:
    explicit HttpWalletProvider(QString url)
        : m_url(std::move(url))
    { }
    QString name() const override { return QStringLiteral("parkway"); }
    QJsonObject open(const UserSummary &owner) override;

private:
    QString m_url;
};

/** The difference hash of @p image: 64 bits, near for pictures that look alike. */
quint64 differenceHash(const QImage &image);

/**
 * @brief Live image verification (the provider's checks, and whether the picture was seen
 * before on another account, by perceptual hash) and talents' wallets.
 */
class VendorServices
{
public:
    VendorServices(ServerContext &context, AccountService &accounts);

    QJsonObject verifyImage(const Principal &talent, const QByteArray &bytes);
    QJsonObject openWallet(const Principal &talent);

    /** Pictures this close (differing bits of 64) count as the same picture. */
    static constexpr int sameImageDistance = 6;
    /** A hash is kept cut into this many bands: two hashes sameImageDistance bits apart or
     *  closer agree on at least one whole band (one more band than differing bits), so the
     *  hashes sharing a band with a picture are the only ones to compare with it. */
    static constexpr int fingerprintBands = sameImageDistance + 1;

    /** Keeps @p hash as a picture @p userId offered, with its bands. */
    static void rememberFingerprint(QSqlDatabase &db, qint64 userId, quint64 hash);
    /** How many pictures other accounts offered are within sameImageDistance of @p hash. */
    static int fingerprintMatches(QSqlDatabase &db, qint64 userId, quint64 hash);

private:
    void bandOlderFingerprints();

    ServerContext &m_context;
    std::once_flag m_banded;
    AccountService &m_accounts;
    std::unique_ptr<ImageVerificationProvider> m_images;
    std::unique_ptr<WalletProvider> m_wallets;
};

} // namespace wn
