// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace wn {

/**
 * @brief An upload's room in its account's arriving budget and, for a file to keep, in its
 * owner's and company's storage quotas: a row of upload_reservations, recorded when the upload's
 * head is accepted (Storage::reserveUpload) and counted by every instance on the database until
 * it expires. Recording the file deletes the row in the same transaction (settle()); an upload
 * dropped before that (refused, failed, cut off) gives the room back when this goes.
 */
class UploadReservation
{
public:
    /** @p giveBack deletes the row @p id: called unless the file took it over. */
    UploadReservation(qint64 id, std::function<void(qint64 id)> giveBack)
        : m_id(id)
        , m_giveBack(std::move(giveBack))
    { }
    ~UploadReservation();
    Q_DISABLE_COPY_MOVE(UploadReservation)

    qint64 id() const { return m_id; }
    /** The row went with the file's record: nothing is left to give back. */
    void settle() const { m_settled.store(true); }

private:
    qint64 m_id;
    std::function<void(qint64 id)> m_giveBack;
    mutable std::atomic<bool> m_settled = false;
};

/**
 * @brief A file the connection wrote an upload's body to as it arrived, in the data dir; it is
 * removed with the last copy of this unless Storage moved it into place first.
 */
class SpooledFile
{
public:
    /** @p reservation: the upload's room, held while this exists unless its file is recorded. */
    SpooledFile(QString path, qint64 size, std::unique_ptr<UploadReservation> reservation = {});
    ~SpooledFile();
    Q_DISABLE_COPY_MOVE(SpooledFile)

    const QString &path() const { return m_path; }
    qint64 size() const { return m_size; }
    /** The room its head reserved; null when it reserved none (no account known). */
    const UploadReservation *reservation() const { return m_reservation.get(); }

private:
    QString m_path;
    qint64 m_size;
    std::unique_ptr<UploadReservation> m_reservation;
};

/** @brief The body of an upload: a SpooledFile (every raw body that came over HTTP), or bytes in
 *  memory (written by the server itself). */
class Upload
{
public:
    Upload() = default;
    explicit Upload(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    explicit Upload(std::shared_ptr<const SpooledFile> file)
        : m_file(std::move(file))
    { }

    qint64 size() const { return m_file ? m_file->size() : m_bytes.size(); }
    /** The spooled file, or null when the bytes are in memory. */
    const SpooledFile *file() const { return m_file.get(); }
    const QByteArray &bytes() const { return m_bytes; }
    /** The room reserved for it on its head, if any. */
    const UploadReservation *reservation() const
    {
        return m_file ? m_file->reservation() : nullptr;
    }
    /** The whole body in memory (read from its file if spooled): for bodies with a small limit.
     *  Throws std::runtime_error when a spooled file cannot be read back whole. */
    QByteArray readAll() const;

private:
    std::shared_ptr<const SpooledFile> m_file;
    QByteArray m_bytes;
};

} // namespace wn
