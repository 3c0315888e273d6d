// SPDX-License-Identifier: Apache-2.0
#include "upload.h"

#include <QFile>

#include <stdexcept>

namespace wn {

UploadReservation::~UploadReservation()
{
    if (!m_settled.load() && m_giveBack)
        m_giveBack(m_id);
}

SpooledFile::SpooledFile(QString path, qint64 size, std::unique_ptr<UploadReservation> reservation)
    : m_path(std::move(path))
    , m_size(size)
    , m_reservation(std::move(reservation))
{ }

SpooledFile::~SpooledFile()
{
    QFile::remove(m_path); // gone already when Storage kept it
}

QByteArray Upload::readAll() const
{
    if (!m_file)
        return m_bytes;
    // A spooled body that cannot be read back is the server's fault, not an empty request: it
    // must end as a 500 in the log, never be judged as a body that was sent empty.
    QFile file(m_file->path());
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("spooled body unreadable: " + file.errorString().toStdString());
    QByteArray bytes = file.readAll();
    if (bytes.size() != m_file->size())
        throw std::runtime_error("spooled body cut short: " + file.errorString().toStdString());
    return bytes;
}

} // namespace wn
