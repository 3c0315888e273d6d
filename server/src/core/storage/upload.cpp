// SPDX-License-Identifier: Apache-2.0
#include "upload.h"

#include <QFile>

namespace wn {

SpooledFile::~SpooledFile()
{
    QFile::remove(m_path); // gone already when Storage kept it
}

QByteArray Upload::readAll() const
{
    if (!m_file)
        return m_bytes;
    QFile file(m_file->path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace wn
