// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace wn {

class Metrics;

/** @brief The limits Qt 6.4's HTTP server lacks, applied to every connection. */
struct ConnectionLimits
{
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxUrlBytes = 64 * 1024;
    int keepAliveMs = 15000;
    int requestTimeoutMs = 30000;
    /** A body of N bytes has requestTimeoutMs plus N / this many seconds, from its request's
     *  first byte: each chunk does not buy more time. */
    qint64 minBodyBytesPerSecond = 64 * 1024;
    /** The largest body the endpoint for (method, target) accepts. */
    std::function<qint64(const QByteArray &method, const QByteArray &target)> bodyLimit;
};

/** What a request head asks for, as far as switching protocols goes. */
enum class Upgrade {
    None, ///< an ordinary HTTP request
    WebSocket, ///< a complete WebSocket upgrade, which the HTTP server hands to its WebSocket side
    Incomplete, ///< asks for a WebSocket but is not a complete upgrade: refused
};

/** Classifies a head by its method, its Connection and Upgrade headers and its body length. */
Upgrade classifyUpgrade(const QByteArray &method, const QByteArray &connection,
                        const QByteArray &upgrade, qint64 contentLength);

/**
 * @brief Watches the bytes of one connection before the HTTP server reads them: it follows request
 * boundaries (head, then Content-Length bytes of body) and refuses oversized heads (431), targets
 * (414) and bodies (413, decided from Content-Length before any body byte is buffered), chunked
 * bodies (411), and idle or stalled connections. Only a complete WebSocket upgrade (GET,
 * `Connection: Upgrade`, `Upgrade: websocket`, no body) passes through untouched; a head that asks
 * for a WebSocket any other way is answered 400 and closed, so no header can switch the limits off.
 *
 * It connects to readyRead before the HTTP server does, so it sees each chunk first. As the
 * socket's child it lives exactly as long as the connection, upgraded or not, and holds the
 * connection's place in Metrics::openConnections for that long (the HTTP server drops every signal
 * connection of a socket it upgrades, so a signal could not be relied on).
 */
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, Metrics &metrics);
    ~ConnectionGuard() override;

private:
    enum class State { Head, Body, Passthrough, Rejected };

    void onReadyRead();
    void onTimeout();
    void scan(const QByteArray &data);
    bool evaluateHead(const QByteArray &head);
    void reject(int status, const QString &message);
    void armTimer();

    QTcpSocket *m_socket;
    const ConnectionLimits &m_limits;
    Metrics &m_metrics;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_remaining = 0;
    QDeadlineTimer m_requestDeadline; ///< set at a request's first byte, covers head and body
    QTimer m_timer;
};

} // namespace wn
