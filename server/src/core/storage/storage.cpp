// SPDX-License-Identifier: Apache-2.0
#include "storage.h"

#include "contentcheck.h"
#include "zipparts.h"

#include "../auth/keys.h"
#include "../auth/principal.h"
#include "../auth/tokenservice.h"
#include "../database.h"
#include "../logging.h"
#include "../servercontext.h"
#include "../sqlchanges.h"

#include <wn/common/apierror.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString docxType
        = u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s;

struct KindInfo
{
    FileKind kind;
    QString name;
    QStringList types;
    qint64 maxBytes;
};

const QList<KindInfo> &kinds()
{
    static const QList<KindInfo> table {
        { FileKind::Avatar,
          u"avatar"_s,
          { u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s },
          5 * 1024 * 1024 },
        { FileKind::Logo,
          u"logo"_s,
          { u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s },
          5 * 1024 * 1024 },
        { FileKind::Cv, u"cv"_s, { u"application/pdf"_s, docxType }, 10 * 1024 * 1024 },
        { FileKind::Video,
          u"video"_s,
          { u"video/mp4"_s, u"video/webm"_s, u"video/quicktime"_s },
          200 * 1024 * 1024 },
        { FileKind::Document,
          u"document"_s,
          { u"application/pdf"_s, u"image/png"_s, u"image/jpeg"_s },
          10 * 1024 * 1024 },
    };
    return table;
}

const KindInfo &info(FileKind kind)
{
    for (const KindInfo &entry : kinds()) {
        if (entry.kind == kind)
            return entry;
    }
    return kinds().constFirst();
}

QString extensionFor(const QString &type)
{
    static const QHash<QString, QString> extensions { { u"image/png"_s, u"png"_s },
                                                      { u"image/jpeg"_s, u"jpg"_s },
                                                      { u"image/webp"_s, u"webp"_s },
                                                      { u"image/svg+xml"_s, u"svg"_s },
                                                      { u"application/pdf"_s, u"pdf"_s },
                                                      { u"video/mp4"_s, u"mp4"_s },
                                                      { u"video/webm"_s, u"webm"_s },
                                                      { u"video/quicktime"_s, u"mov"_s },
                                                      { docxType, u"docx"_s } };
    return extensions.value(type, u"bin"_s);
}

/**
 * The type of @p bytes by their content. A Word document is a ZIP archive that
 * shared-mime-info's magic cannot tell from any other: it is one when it holds the document part
 * and the part list that declares it.
 */
QString detectedType(QByteArrayView bytes)
{
    const QString type
            = QMimeDatabase()
                      .mimeTypeForData(QByteArray::fromRawData(bytes.data(), bytes.size()))
                      .name();
    if (type != u"application/zip"_s)
        return type;
    const QStringList entries = zipEntryNames(bytes);
    return entries.contains(u"word/document.xml"_s) && entries.contains(u"[Content_Types].xml"_s)
            ? docxType
            : type;
}

} // namespace

Storage::Storage(ServerContext &context)
    : m_context(context)
    , m_root(QDir(context.config.dataDir()).filePath(u"files"_s))
{
    QDir().mkpath(m_root);
}

std::optional<FileKind> Storage::kindFromName(const QString &name)
{
    for (const KindInfo &entry : kinds()) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QString Storage::kindName(FileKind kind)
{
    return info(kind).name;
}

QStringList Storage::acceptedTypes(FileKind kind)
{
    return info(kind).types;
}

qint64 Storage::maxBytes(FileKind kind)
{
    return info(kind).maxBytes;
}

bool Storage::isPublic(FileKind kind)
{
    return kind == FileKind::Avatar || kind == FileKind::Logo;
}

QString Storage::pathOf(const QString &key) const
{
    return QDir(m_root).filePath(key.left(2) + u'/' + key);
}

StoredFile Storage::store(QSqlDatabase db, qint64 ownerId, FileKind kind, const Upload &upload,
                          const QString &keyStem)
{
    if (Transaction::openOnThisThread())
        throw DatabaseError(u"a file must be stored outside any transaction"_s);
    const KindInfo &kindInfo = info(kind);
    const qint64 size = upload.size();
    if (size == 0)
        throw ApiError::badRequest(u"The file is empty"_s);
    if (size > kindInfo.maxBytes)
        throw ApiError::payloadTooLarge(u"A %1 may be at most %2 MiB"_s.arg(kindInfo.name)
                                                .arg(kindInfo.maxBytes / (1024 * 1024)));
    // A spooled body is checked where it lies, mapped rather than read into memory.
    QFile spooled;
    QByteArrayView bytes = upload.bytes();
    if (const SpooledFile *file = upload.file()) {
        spooled.setFileName(file->path());
        const uchar *mapped = spooled.open(QIODevice::ReadOnly) ? spooled.map(0, size) : nullptr;
        if (!mapped) {
            qCCritical(lcStorage) << "cannot read the upload" << file->path()
                                  << spooled.errorString();
            throw DatabaseError(u"cannot read an upload"_s);
        }
        bytes = QByteArrayView(mapped, size);
    }
    const QString type = detectedType(bytes);
    if (!kindInfo.types.contains(type)) {
        throw ApiError(415,
                       u"A %1 must be one of %2; this file is %3"_s.arg(
                               kindInfo.name, kindInfo.types.join(u", "_s), type));
    }
    if (const std::optional<QString> problem = mixedContentProblem(type, bytes))
        throw ApiError(415, *problem);
    StoredFile file;
    file.key = (keyStem.isEmpty() ? QString::fromLatin1(Keys::random(16).toHex()) : keyStem) + u'.'
            + extensionFor(type);
    file.kind = kind;
    file.contentType = type;
    file.size = size;
    file.ownerId = ownerId;

    const QString path = pathOf(file.key);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (spooled.isOpen()) {
        // The spool is in the data dir, on the same file system: the file moves, it is not copied.
        if (!QFile::rename(spooled.fileName(), path)) {
            qCCritical(lcStorage) << "cannot move" << spooled.fileName() << "to" << path;
            throw DatabaseError(u"cannot store file"_s);
        }
    } else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), size) != size
            || !out.commit()) {
            qCCritical(lcStorage) << "cannot write" << path << out.errorString();
            throw DatabaseError(u"cannot store file"_s);
        }
    }
    if (m_writeObserver)
        m_writeObserver(file);
    // Recorded once its bytes are on disk, in a short transaction that checks the quotas as a
    // reservation is checked (this file in place of its own reservation, which it takes over):
    // what the quotas allow is decided under the same lock for everyone. Refused or failed,
    // the bytes go again.
    const UploadReservation *reservation = upload.reservation();
    try {
        Transaction tx(db);
        if (m_context.config.bytes(u"files/user_quota_bytes"_s) > 0
            || m_context.config.bytes(u"files/company_quota_bytes"_s) > 0)
            refuseOverQuota(lockRoom(db, ownerId, reservation ? reservation->id() : 0), size);
        insertRow(db, u"files"_s,
                  { { u"file_key"_s, file.key },
                    { u"owner_id"_s, ownerId },
                    { u"kind"_s, kindInfo.name },
                    { u"content_type"_s, type },
                    { u"size_bytes"_s, file.size },
                    { u"created_at"_s, nowText() } });
        if (reservation) {
            Sql(db, u"DELETE FROM upload_reservations WHERE id = :id"_s)
                    .bind(u":id"_s, reservation->id())
                    .exec();
        }
        tx.commit();
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    if (reservation)
        reservation->settle();
    return file;
}

QString Storage::presign(const Principal &owner, FileKind kind, int ttlSeconds) const
{
    const QString token = m_context.tokens->sign(
            { { u"sub"_s, QString::number(owner.userId) },
              { u"sid"_s, owner.tokenId },
              { u"kind"_s, kindName(kind) },
              { u"key"_s, QString::fromLatin1(Keys::random(16).toHex()) } },
            u"upload"_s, ttlSeconds);
    return m_context.config.publicUrl() + u"/api/v1/storage/uploads/"_s + token;
}

Storage::Presigned Storage::presigned(const QString &token) const
{
    const auto claims = m_context.tokens->verify(token, u"upload"_s);
    if (!claims)
        throw ApiError::forbidden(u"The upload URL is invalid or has expired"_s);
    const auto kind = kindFromName(claims->value(u"kind"_s).toString());
    Presigned url;
    url.stem = claims->value(u"key"_s).toString();
    static const QRegularExpression stemPattern(u"^[0-9a-f]{32}$"_s);
    url.owner.userId = claims->value(u"sub"_s).toString().toLongLong();
    url.owner.tokenId = claims->value(u"sid"_s).toString();
    url.owner.expiresAt = qint64(claims->value(u"exp"_s).toDouble());
    if (!kind || !stemPattern.match(url.stem).hasMatch() || url.owner.tokenId.isEmpty())
        throw ApiError::forbidden(u"The upload URL is invalid"_s);
    url.kind = *kind;
    // The URL lives only as long as the session that asked for it: logging out spends it.
    try {
        m_context.tokens->recheck(url.owner);
    } catch (const ApiError &) {
        throw ApiError::forbidden(
                u"The session that asked for this upload URL has ended: log in and ask again"_s);
    }
    return url;
}

UploadAdmission Storage::presignedAdmission(const QString &token) const
{
    const Presigned url = presigned(token);
    return { maxBytes(url.kind), url.owner.userId };
}

StoredFile Storage::acceptPresigned(QSqlDatabase db, const QString &token, const Upload &upload)
{
    const Presigned url = presigned(token);
    const Principal &owner = url.owner;
    const QString &stem = url.stem;
    // One INSERT claims the URL, so of PUTs sent together exactly one goes on.
    Sql claim(db,
              u"INSERT INTO upload_claims (stem, owner_id, claimed_at) VALUES (:stem, :owner, "
              ":now) ON CONFLICT (stem) DO NOTHING"_s);
    claim.bind(u":stem"_s, stem).bind(u":owner"_s, owner.userId).bind(u":now"_s, nowText()).exec();
    if (claim.rowsAffected() != 1)
        throw ApiError::conflict(u"This upload URL has already been used"_s);
    try {
        return store(db, owner.userId, url.kind, upload, stem);
    } catch (...) {
        // A refused body leaves the URL usable for a better one until it expires.
        Sql(db, u"DELETE FROM upload_claims WHERE stem = :stem"_s).bind(u":stem"_s, stem).exec();
        throw;
    }
}

void Storage::removeBytes(const QString &key) const
{
    QFile::remove(pathOf(key));
}

QString KeySlice::prefix(int index)
{
    return u"%1"_s.arg(index, 2, 16, QLatin1Char('0'));
}

QString KeySlice::to() const
{
    return first + count >= prefixes ? u"g"_s : prefix(first + count);
}

KeySlice KeySlice::at(const QString &prefix, int count)
{
    bool ok = false;
    const int first = prefix.size() == 2 ? prefix.toInt(&ok, 16) : 0;
    KeySlice slice;
    slice.first = ok && first >= 0 && first < prefixes && prefix == prefix.toLower() ? first : 0;
    slice.count = std::clamp(count, 1, prefixes - slice.first);
    return slice;
}

int Storage::removeStrayBytes(QSqlDatabase db, const QDateTime &before, const KeySlice &slice) const
{
    QSet<QString> live;
    Sql keys(db,
             u"SELECT file_key FROM files WHERE deleted_at IS NULL AND file_key >= :from "
             u"AND file_key < :to"_s);
    keys.bind(u":from"_s, slice.from()).bind(u":to"_s, slice.to()).exec();
    while (keys.next())
        live.insert(keys.text(u"file_key"_s));

    int removed = 0;
    const auto removeOlder = [&removed](const QFileInfo &file, const QDateTime &cutoff) {
        if (file.lastModified() < cutoff && QFile::remove(file.filePath()))
            ++removed;
    };
    const QDir root(m_root);
    for (int index = slice.first; index < slice.first + slice.count; ++index) {
        const QDir directory(root.filePath(KeySlice::prefix(index)));
        for (const QFileInfo &file : directory.entryInfoList(QDir::Files)) {
            if (!live.contains(file.fileName()))
                removeOlder(file, before);
        }
    }
    // An upload still arriving in incoming/ may have been going for a while, and it is written
    // to as it comes: only one left a day behind is stray.
    const QDateTime incomingBefore = std::min(before, QDateTime::currentDateTimeUtc().addDays(-1));
    for (const QFileInfo &file : QDir(root.filePath(u"incoming"_s)).entryInfoList(QDir::Files))
        removeOlder(file, incomingBefore);
    // Whatever is neither a prefix directory nor incoming/, once a round.
    if (slice.first == 0) {
        static const QRegularExpression prefixName(u"^[0-9a-f]{2}$"_s);
        for (const QFileInfo &entry :
             root.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (entry.isFile()) {
                removeOlder(entry, before);
                continue;
            }
            if (prefixName.match(entry.fileName()).hasMatch() || entry.fileName() == u"incoming"_s)
                continue;
            QDirIterator files(entry.filePath(), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext())
                removeOlder(QFileInfo(files.next()), before);
        }
    }
    return removed;
}

void Storage::setWriteObserver(std::function<void(const StoredFile &)> observer)
{
    m_writeObserver = std::move(observer);
}

std::optional<StoredFile> Storage::find(QSqlDatabase db, const QString &key) const
{
    static const QRegularExpression keyPattern(u"^[0-9a-f]{32}\\.[a-z0-9]{2,5}$"_s);
    if (!keyPattern.match(key).hasMatch())
        return std::nullopt;
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT kind, content_type, size_bytes, owner_id FROM files WHERE file_key = :key AND deleted_at IS NULL"_s)
                      .bind(u":key"_s, key)
                      .one();
    if (!row)
        return std::nullopt;
    return StoredFile { key, kindFromName(row->text(u"kind"_s)).value_or(FileKind::Document),
                        row->text(u"content_type"_s), row->id(u"size_bytes"_s),
                        row->id(u"owner_id"_s) };
}

QByteArray Storage::read(const QString &key) const
{
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString Storage::url(const QString &key) const
{
    if (key.isEmpty())
        return {};
    return m_context.config.publicUrl() + u"/api/v1/files/"_s + key;
}

QByteArray Storage::linkSignature(const QString &key, qint64 expires) const
{
    return Keys::hmac(m_context.keys->fileLinks,
                      "file-link\n" + key.toLatin1() + '\n' + QByteArray::number(expires))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString Storage::signedUrl(const QString &key) const
{
    if (key.isEmpty())
        return {};
    // Expiries fall on a grid of half the lifetime, so that a link stays the same for a while:
    // answers that show it again agree, and caches can keep the file. A link lasts between half
    // and all of the lifetime.
    const qint64 lifetime = m_context.config.integer(u"files/signed_url_seconds"_s);
    const qint64 step = std::max<qint64>(1, lifetime / 2);
    const qint64 expires = (QDateTime::currentSecsSinceEpoch() + lifetime) / step * step;
    return m_context.config.publicUrl()
            + u"/api/v1/files/signed/%1/%2/"_s.arg(expires).arg(
                    QString::fromLatin1(linkSignature(key, expires)))
            + key;
}

QString Storage::url(const StoredFile &file) const
{
    return isPublic(file.kind) ? url(file.key) : signedUrl(file.key);
}

Storage::LinkCheck Storage::checkLink(const QString &key, const QString &expires,
                                      const QString &signature) const
{
    static const QRegularExpression seconds(u"^[0-9]{1,12}$"_s);
    if (!seconds.match(expires).hasMatch())
        return LinkCheck::Invalid;
    const qint64 until = expires.toLongLong();
    if (!Keys::equal(linkSignature(key, until), signature.toLatin1()))
        return LinkCheck::Invalid;
    if (QDateTime::currentSecsSinceEpoch() > until)
        return LinkCheck::Expired;
    return LinkCheck::Valid;
}

} // namespace wn
