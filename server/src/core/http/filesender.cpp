// SPDX-License-Identifier: Apache-2.0
#include "filesender.h"

#include <QTcpSocket>

namespace wn {

namespace {

constexpr qint64 piece = 64 * 1024;
/** At most this much waits in the socket's buffer: a download's memory whatever its size. */
constexpr qint64 highWater = 4 * piece;

} // namespace

bool FileSender::start(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length)
{
    auto *sender = new FileSender(socket, length);
    sender->m_file.setFileName(path);
    if (!sender->m_file.open(QIODevice::ReadOnly) || !sender->m_file.seek(offset)) {
        delete sender;
        return false;
    }
    // What else the peer sends on this connection is not read: it closes after this answer, and
    // an answer to a pipelined request must not land in the middle of the file.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::bytesWritten, sender, &FileSender::pump);
    sender->pump();
    return true;
}

FileSender::FileSender(QTcpSocket *socket, qint64 length)
    : QObject(socket)
    , m_socket(socket)
    , m_left(length)
{ }

void FileSender::pump()
{
    while (m_left > 0 && m_socket->bytesToWrite() < highWater) {
        const QByteArray bytes = m_file.read(std::min(piece, m_left));
        if (bytes.isEmpty()) {
            // The file shrank under us: the length promised cannot be kept, so the peer must
            // see a broken answer rather than a short one taken for whole.
            m_socket->abort();
            return;
        }
        m_socket->write(bytes);
        m_left -= bytes.size();
    }
    if (m_left == 0) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->disconnectFromHost(); // after what is buffered is written
        deleteLater();
    }
}

} // namespace wn
