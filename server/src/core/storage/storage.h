// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/principal.h"
#include "core/http/bodyrule.h"
#include "upload.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QDateTime;

namespace wn {

struct Principal;
struct ServerContext;

/**
 * @brief What an upload is for; each kind has its accepted types and size. Avatars and logos are
 * public; CVs, intro videos and documents (identity papers among them) are private.
 */
enum class FileKind { Avatar, Logo, Cv, Video, Document };

/**
 * @brief A run of the 256 key prefixes ("00" to "ff"). A stored file's key starts with 32 hex
 * digits and its bytes sit in the directory named by the first two, so a slice names both a
 * range of keys and the directories that hold them.
 */
struct KeySlice
{
    static constexpr int prefixes = 256;
    int first = 0;
    int count = prefixes;

    /** The prefix @p index names ("00" to "ff"). */
    static QString prefix(int index);
    /** The smallest key in the slice; every key in it is at least this. */
    QString from() const { return prefix(first); }
    /** Every key in the slice is below this ("g" past the last prefix, above any hex digit). */
    QString to() const;
    /** The slice of @p count prefixes that starts at @p prefix (at "00" for anything else),
     *  cut short at "ff". */
    static KeySlice at(const QString &prefix, int count);
    /** The prefix the next slice starts at: back at "00" after "ff". */
    QString after() const { return prefix((first + count) % prefixes); }
};

/** @brief A stored file as the API reports it. */
struct StoredFile
{
    QString key;
    FileKind kind = FileKind::Document;
    QString contentType;
    qint64 size = 0;
    qint64 ownerId = 0;
};

/**
 * @brief Uploaded files on local disk under <data_dir>/files. An upload that came over HTTP is
 * already in a file there (the connection spooled it as it arrived) and is moved into place, so
 * no upload is ever whole in memory. The content type is detected from
 * the bytes (shared-mime-info's magic, through QMimeDatabase), never taken from the client, and
 * a picture or PDF must be wholly what it claims (mixedContentProblem); file names are random
 * keys, so no user input ever reaches the filesystem.
 *
 * Public files are downloaded at url(key) by anyone. A private file is served to a token of
 * someone who may see it, or through a signed link: its key and an expiry, signed with the
 * server key, which the API hands out to those who may see the file.
 */
class Storage
{
public:
    explicit Storage(ServerContext &context);

    static std::optional<FileKind> kindFromName(const QString &name);
    static QString kindName(FileKind kind);
    static QStringList acceptedTypes(FileKind kind);
    static qint64 maxBytes(FileKind kind);
    /** Whether anyone may download a file of @p kind (avatars and logos). */
    static bool isPublic(FileKind kind);

    /**
     * Checks @p upload, puts it on disk outside any transaction (it throws if called inside one:
     * writing 200 MiB would hold every other writer up), then records the file in a short
     * transaction of its own that checks the quotas the way reserveUpload() does and takes over
     * the upload's reservation, if it has one. The caller refers to the file in its own
     * transaction afterwards; a file that ends up referred to by nothing is deleted by the sweep
     * (modules/files). ApiError 413 when too large or over the owner's or their company's quota,
     * 415 when of a type the kind refuses or not wholly of its type.
     */
    StoredFile store(QSqlDatabase db, qint64 ownerId, FileKind kind, const Upload &upload,
                     const QString &keyStem = {});
    /** A URL on this server that accepts one PUT of a @p kind file for @p owner until it expires
     *  or @p owner's session ends; a second PUT to it is a 409. */
    QString presign(const Principal &owner, FileKind kind, int ttlSeconds) const;
    /** Stores the body of a PUT to a presigned URL; ApiError 403 if the token is invalid or
     *  expired or its session has ended, 409 if another PUT has claimed it. */
    StoredFile acceptPresigned(QSqlDatabase db, const QString &token, const Upload &upload);
    /** The largest body the presigned upload URL @p token takes (its kind's limit) and whose
     *  upload it is, checked before the body is read; the same ApiError 403 as acceptPresigned
     *  for a bad URL. */
    UploadAdmission presignedAdmission(const QString &token) const;
    /**
     * Holds room for an upload of @p bytes for @p ownerId, announced on its head, until
     * @p expires: in the account's budget of uploads arriving at once
     * (limits/max_arriving_upload_bytes_per_account) and, when it @p storesFile, in the owner's
     * and their company's quotas, where it counts beside the files stored. What is stored and
     * reserved is checked and the reservation recorded in one transaction that every other
     * check, on any instance on the database, waits for: uploads arriving together never pass a
     * limit between them. ApiError 429 naming the budget, 413 naming the quota, or 503 when
     * the database cannot be asked.
     */
    std::unique_ptr<UploadReservation> reserveUpload(qint64 ownerId, qint64 bytes, bool storesFile,
                                                     const QDateTime &expires) const;
    /** Gives back the reservation @p id of an upload that was dropped. A failure is logged: the
     *  reservation then counts until it expires. */
    void releaseReservation(qint64 id) const noexcept;

    /** Removes the bytes of @p key, whose row has been marked deleted. */
    void removeBytes(const QString &key) const;
    /** Removes stored bytes last written before @p before that no live row records (a file
     *  written by a request that failed before recording it), in the directories of @p slice,
     *  in incoming/ (a day behind), and, with the slice that starts at "00", anywhere else
     *  under the root; how many. */
    int removeStrayBytes(QSqlDatabase db, const QDateTime &before, const KeySlice &slice) const;
    /** Called with each file written, after its bytes are on disk and before it is recorded
     *  (for tests that watch how uploads are stored). */
    void setWriteObserver(std::function<void(const StoredFile &)> observer);

    std::optional<StoredFile> find(QSqlDatabase db, const QString &key) const;
    QByteArray read(const QString &key) const;
    /** Where anyone downloads the public file @p key (an avatar or a logo). */
    QString url(const QString &key) const;
    /** A link to the private file @p key that needs no token until it expires
     *  (files/signed_url_seconds). */
    QString signedUrl(const QString &key) const;
    /** Where the API sends clients for @p file: url() if it is public, else signedUrl(). */
    QString url(const StoredFile &file) const;

    /** Where the file stored under @p key lies on disk (for sending it in pieces). */
    QString pathOf(const QString &key) const;

    enum class LinkCheck { Valid, Invalid, Expired };
    /** Whether @p signature signs @p key until @p expires (seconds since the epoch), and the link
     *  is still valid. */
    LinkCheck checkLink(const QString &key, const QString &expires, const QString &signature) const;

private:
    /** An account's room under the limits, as the transaction that locked it sees it. */
    struct Room
    {
        qint64 stored = 0; ///< the owner's files
        qint64 reserved = 0; ///< the owner's uploads arriving to be kept as files
        qint64 arriving = 0; ///< all the owner's uploads arriving, kept as files or not
        qint64 companyId = 0; ///< the owner's company, 0 for none
        qint64 companyStored = 0; ///< the files of the owner's company's members
        qint64 companyReserved = 0; ///< their uploads arriving to be kept as files
    };
    /** Locks @p ownerId's room and their company's until the open transaction ends, and reads
     *  what they hold, leaving out the reservation @p except. */
    Room lockRoom(QSqlDatabase db, qint64 ownerId, qint64 except) const;
    /** ApiError 413 naming the quota when @p size more bytes would pass the per-user
     *  (files/user_quota_bytes) or per-company (files/company_quota_bytes) quota. */
    void refuseOverQuota(const Room &room, qint64 size) const;

    /** What a presigned upload URL says, once its signature, expiry and session are checked. */
    struct Presigned
    {
        Principal owner;
        FileKind kind;
        QString stem;
    };
    Presigned presigned(const QString &token) const;
    QByteArray linkSignature(const QString &key, qint64 expires) const;

    ServerContext &m_context;
    QString m_root;
    std::function<void(const StoredFile &)> m_writeObserver;
};

} // namespace wn
