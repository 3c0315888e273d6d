// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace wn {

class SpoolReservation;

/**
 * @brief A file the connection wrote an upload's body to as it arrived, in the data dir; it is
 * removed with the last copy of this unless Storage moved it into place first.
 */
class SpooledFile
{
public:
    /** @p reservation: the bytes of its account's upload budget it holds while it exists. */
    SpooledFile(QString path, qint64 size, std::unique_ptr<SpoolReservation> reservation = {});
    ~SpooledFile();
    Q_DISABLE_COPY_MOVE(SpooledFile)

    const QString &path() const { return m_path; }
    qint64 size() const { return m_size; }

private:
    QString m_path;
    qint64 m_size;
    std::unique_ptr<SpoolReservation> m_reservation;
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
    /** The whole body in memory (read from its file if spooled): for bodies with a small limit.
     *  Throws std::runtime_error when a spooled file cannot be read back whole. */
    QByteArray readAll() const;

private:
    std::shared_ptr<const SpooledFile> m_file;
    QByteArray m_bytes;
};

} // namespace wn
