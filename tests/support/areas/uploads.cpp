// SPDX-License-Identifier: Apache-2.0
#include "areas/uploads.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wn::test {

QByteArray mp4Of(qsizetype size)
{
    return tinyMp4() + QByteArray(std::max<qsizetype>(0, size - tinyMp4().size()), '\x11');
}

QString presigned(TestServer &server, const QString &token, const QString &kind)
{
    const Reply reply
            = server.post(u"/api/v1/storage/presign"_s, QJsonObject { { u"kind"_s, kind } }, token);
    return pathOf(reply.json().value(u"url"_s).toString());
}

QList<qint64> bodiesArriving(TestServer &server)
{
    QList<qint64> sizes;
    QDirIterator files(QDir(server.dataDir()).filePath(u"files/incoming"_s), QDir::Files);
    while (files.hasNext())
        sizes.append(QFileInfo(files.next()).size());
    return sizes;
}

QList<std::pair<int, QByteArray>> answers(QTcpSocket &socket, int count, int waitMs)
{
    QList<std::pair<int, QByteArray>> found;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (found.size() < count && timer.elapsed() < waitMs) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = buffer.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qint64 length = at < 0
                    ? 0
                    : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (buffer.size() >= headEnd + 4 + length) {
                found.append({ buffer.mid(9, 3).toInt(), buffer.mid(headEnd + 4, length) });
                buffer.remove(0, headEnd + 4 + length);
                continue;
            }
        }
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        buffer += socket.readAll();
    }
    return found;
}

QByteArray putHead(const QString &path, qint64 length)
{
    return "PUT " + path.toUtf8() + " HTTP/1.1\r\nHost: test\r\nContent-Type: video/mp4\r\n"
            + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

void UploadsFixture::setUp()
{
    m_server = std::make_unique<TestServer>();
    m_talent = m_server->createUser(Role::Talent);
}

} // namespace wn::test
