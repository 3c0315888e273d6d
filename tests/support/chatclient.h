// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWebSocket>

namespace wn::test {

/** @brief A chat socket as a client app holds it: every frame it received, in order. */
class ChatClient : public QObject
{
public:
    enum class Protocol { Json, SocketIo };

    ChatClient(const QString &baseUrl, qint64 userId, const QString &token,
               Protocol protocol = Protocol::Json, bool joinNamespace = true);

    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }

    void emitEvent(const QString &event, const QJsonValue &data);
    /** Waits for a frame starting with @p prefix (raw text); true if it came. */
    bool waitForFrame(const QString &prefix, int timeoutMs = 5000);
    /** The data of the next @p event received after the ones already taken; undefined on timeout. */
    QJsonValue next(const QString &event, int timeoutMs = 5000);
    /** True if @p event arrives within @p ms (for checking that something is NOT sent). */
    bool receives(const QString &event, int ms) { return !next(event, ms).isUndefined(); }
    QPair<QString, QJsonValue> decode(const QString &frame) const;

    QWebSocket socket;
    QStringList frames;
    QString lastFrame;

private:
    Protocol m_protocol;
    QHash<QString, qsizetype> m_seen;
    qsizetype m_rawSeen = 0;
};

} // namespace wn::test
