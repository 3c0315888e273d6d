// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bodyrule.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QDateTime;
class QFile;
class QTcpSocket;

namespace wn {

class Metrics;
class SpooledFile;
class UploadReservation;

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
    /** The body the endpoint for (method, target) accepts: its size, and whether it is an
     *  upload to write to a file as it arrives. */
    std::function<BodyRule(const QByteArray &method, const QByteArray &target,
                           const QByteArray &authorization)>
            bodyRule;
    /** Where upload bodies are written as they arrive (in the data dir, beside the files). */
    QString spoolDir;
    /** Holds room for an upload of an account's (owner, bytes, whether it becomes a stored
     *  file) from its head until the time given, or throws the ApiError that refuses it (past
     *  its account's budget of uploads arriving at once or its quotas, or when the room cannot
     *  be looked at). None: no such limits. */
    std::function<std::unique_ptr<UploadReservation>(qint64 owner, qint64 bytes, bool storesFile,
                                                     const QDateTime &expires)>
            reserveUpload;
};

/** What a request head asks for, as far as switching protocols goes. */
enum class Upgrade {
    None, ///< an ordinary HTTP request
    WebSocket, ///< a complete WebSocket upgrade, which the HTTP server hands to its WebSocket side
    Incomplete, ///< asks for a WebSocket but is not a complete upgrade: refused
};

/** The WebSocket headers of a request head (RFC 6455, 4.1), as sent. */
struct WebSocketHeaders
{
    QByteArray key; ///< Sec-WebSocket-Key: 16 random bytes in base64
    QByteArray version; ///< Sec-WebSocket-Version: 13
};

/** Classifies a head by its method, its Connection and Upgrade headers, its body length and its
 *  WebSocket headers. */
Upgrade classifyUpgrade(const QByteArray &method, const QByteArray &connection,
                        const QByteArray &upgrade, qint64 contentLength,
                        const WebSocketHeaders &webSocket);

/**
 * @brief Watches the bytes of one connection before the HTTP server reads them: it follows request
 * boundaries (head, then Content-Length bytes of body) and refuses oversized heads (431), targets
 * (414) and bodies (413, decided from Content-Length before any body byte is buffered), chunked
 * bodies (411), and idle or stalled connections. Only a complete WebSocket upgrade (GET,
 * `Connection: Upgrade`, `Upgrade: websocket`, no body) passes through untouched; a head that asks
 * for a WebSocket any other way is answered 400 and closed, so no header can switch the limits off.
 *
 * The body of an upload (an endpoint that takes a raw body) never reaches the HTTP server, which
 * would hold it whole in memory, several times over: the guard writes it to a file in
 * ConnectionLimits::spoolDir as it arrives, then hands the server the request's head with
 * `Content-Length: 0`, and HttpServer takes the file with takeSpooledBody().
 *
 * It connects to readyRead before the HTTP server does, so it sees each chunk first, and keeps in
 * step with it: the server reads one request per readyRead and signals again for the next, so the
 * guard looks at one request at a time too, and the bytes it sees always start where the server's
 * reading stands. It lets the server see a head only once it is complete (holding back the bytes
 * of one still arriving, under a read transaction it rolls back to give them back), so that an
 * upload's head can be taken from the server's way whole. As the socket's child it lives exactly
 * as long as the connection, upgraded or not, and holds the connection's place in
 * Metrics::openConnections for that long (the HTTP server drops every signal connection of a
 * socket it upgrades, so a signal could not be relied on).
 */
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, Metrics &metrics);
    ~ConnectionGuard() override;

    /** The file the body of the request being handled was written to, if it was an upload;
     *  taken once. */
    std::shared_ptr<const SpooledFile> takeSpooledBody();

private:
    enum class State { Head, Body, Spool, Passthrough, Rejected };
    /** What a complete head asks of the guard. */
    enum class Next { Refused, Upgrade, Plain, Spool };

    void onReadyRead();
    void onTimeout();
    void scan();
    Next evaluateHead(const QByteArray &head, qint64 *contentLength);
    void hold(const QByteArray &bytes);
    void giveBack();
    void startSpool(const QByteArray &head, qint64 headBytesInSocket, qint64 contentLength);
    void spoolMore();
    void finishSpool();
    void dropSpool();
    void reject(int status, const QString &message);
    void armTimer();

    QTcpSocket *m_socket;
    const ConnectionLimits &m_limits;
    Metrics &m_metrics;
    State m_state = State::Head;
    QByteArray m_head; ///< the bytes of a head still arriving, held back from the server
    qint64 m_remaining = 0;
    QDeadlineTimer m_requestDeadline; ///< set at a request's first byte, covers head and body
    QTimer m_timer;
    QByteArray m_spoolHead; ///< the upload's head as the server will read it
    std::unique_ptr<QFile> m_spoolFile; ///< the upload's body so far
    std::shared_ptr<const SpooledFile> m_spooled; ///< a finished upload body, for HttpServer
    /** The upload's room under its account's limits, from its head until its file goes. */
    std::unique_ptr<UploadReservation> m_reservation;
};

} // namespace wn
