// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QObject>

class QTcpSocket;

namespace wn {

/**
 * @brief Sends a stretch of a file down a connection in pieces, as fast as the peer reads them.
 *
 * A download of a 190 MiB video must not hold 190 MiB: the sender keeps at most a few pieces in
 * the socket's buffer, reads the next when the socket has written some, and closes the connection
 * once the last byte is on its way (the answer said `Connection: close`). It lives as a child of
 * the socket, so a peer that goes away ends it too; a peer that stops reading is closed by the
 * connection's guard when its idle time runs out.
 */
class FileSender : public QObject
{
    Q_OBJECT

public:
    /** Starts sending @p length bytes of @p path from @p offset; false if the file is not there. */
    static bool start(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length);

private:
    FileSender(QTcpSocket *socket, qint64 length);
    void pump();

    QTcpSocket *m_socket;
    QFile m_file;
    qint64 m_left;
};

} // namespace wn
