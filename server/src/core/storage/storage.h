// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace wn {

struct ServerContext;

/** @brief What an upload is for; each kind has its accepted types and size. */
enum class FileKind { Avatar, Logo, Cv, Video, Document };

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
 * @brief Uploaded files on local disk under <data_dir>/files. The content type is detected from
 * the bytes (shared-mime-info's magic, through QMimeDatabase), never taken from the client; file
 * names are random keys, so no user input ever reaches the filesystem.
 */
class Storage
{
public:
    explicit Storage(ServerContext &context);

    static std::optional<FileKind> kindFromName(const QString &name);
    static QString kindName(FileKind kind);
    static QStringList acceptedTypes(FileKind kind);
    static qint64 maxBytes(FileKind kind);

    /** Checks and stores @p bytes; ApiError 413/415 when too large or of a type the kind refuses. */
    StoredFile store(QSqlDatabase db, qint64 ownerId, FileKind kind, const QByteArray &bytes,
                     const QString &keyStem = {});
    /** A URL on this server that accepts one PUT of a @p kind file for @p ownerId until it expires;
     *  a second PUT to it is a 409. */
    QString presign(qint64 ownerId, FileKind kind, int ttlSeconds) const;
    /** Stores the body of a PUT to a presigned URL; ApiError 403 if the token is invalid or expired. */
    StoredFile acceptPresigned(QSqlDatabase db, const QString &token, const QByteArray &bytes);

    std::optional<StoredFile> find(QSqlDatabase db, const QString &key) const;
    QByteArray read(const QString &key) const;
    /** Where clients download @p key. */
    QString url(const QString &key) const;

private:
    QString pathOf(const QString &key) const;

    ServerContext &m_context;
    QString m_root;
};

} // namespace wn
