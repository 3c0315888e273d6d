// SPDX-License-Identifier: Apache-2.0
#include "connectionguard.h"

#include "../metrics.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** How long a refused connection keeps draining the client's bytes before it is closed. */
constexpr int lingerMs = 5000;

} // namespace

Upgrade classifyUpgrade(const QByteArray &method, const QByteArray &connection,
                        const QByteArray &upgrade, qint64 contentLength)
{
    // The HTTP server upgrades when the Connection header contains "upgrade" anywhere and the
    // Upgrade header says websocket; anything short of that must stay an ordinary request.
    const bool asksForWebSocket = upgrade.trimmed().compare("websocket", Qt::CaseInsensitive) == 0;
    const bool connectionUpgrades = connection.toLower().contains("upgrade");
    if (!asksForWebSocket)
        return Upgrade::None;
    if (connectionUpgrades && method == "GET" && contentLength == 0)
        return Upgrade::WebSocket;
    return Upgrade::Incomplete;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits,
                                 Metrics &metrics)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_metrics(metrics)
{
    m_metrics.openConnections.fetch_add(1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Head && m_head.isEmpty())
            armTimer();
        else if (m_state == State::Rejected && m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR); // the refusal is on its way
    });
    armTimer();
}

ConnectionGuard::~ConnectionGuard()
{
    m_metrics.openConnections.fetch_sub(1);
}

void ConnectionGuard::armTimer()
{
    switch (m_state) {
    case State::Head:
        if (m_head.isEmpty())
            m_timer.start(m_limits.keepAliveMs);
        else
            m_timer.start(std::chrono::milliseconds(
                    std::max<qint64>(0, m_requestDeadline.remainingTime())));
        break;
    case State::Body:
        m_timer.start(
                std::chrono::milliseconds(std::max<qint64>(0, m_requestDeadline.remainingTime())));
        break;
    case State::Passthrough:
        m_timer.stop();
        break;
    case State::Rejected:
        break; // the linger started by reject() runs on
    }
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Passthrough || !m_socket->isOpen())
        return;
    if (m_state == State::Rejected) {
        m_socket->readAll(); // discard: the answer is given and the connection is closing
        return;
    }
    const bool wasIdle = m_state == State::Head && m_head.isEmpty();
    scan(m_socket->peek(m_socket->bytesAvailable()));
    // A request (its head, then its body) must arrive within its deadline from its first byte;
    // body chunks do not move it. A new request, or a connection gone idle, re-arms the timer.
    if (wasIdle || (m_state == State::Head && m_head.isEmpty()))
        armTimer();
}

void ConnectionGuard::onTimeout()
{
    if (m_state == State::Rejected) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_state == State::Head && m_head.isEmpty()) {
        m_metrics.increment(u"wn_connections_closed_idle_total"_s);
        m_socket->disconnectFromHost();
        return;
    }
    reject(408, u"The request was not received in time"_s);
}

void ConnectionGuard::scan(const QByteArray &data)
{
    qsizetype pos = 0;
    while (pos < data.size() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_remaining, data.size() - pos);
            m_remaining -= take;
            pos += take;
            if (m_remaining == 0)
                m_state = State::Head;
            continue;
        }
        if (m_head.isEmpty()) // a request's first byte: its time starts now
            m_requestDeadline.setRemainingTime(m_limits.requestTimeoutMs);
        const qsizetype available = data.size() - pos;
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
        const qsizetype before = m_head.size();
        m_head.append(data.constData() + pos, available);
        const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes) {
                const bool lineTooLong = m_head.indexOf("\r\n") < 0;
                reject(lineTooLong ? 414 : 431,
                       lineTooLong ? u"The request target is too long"_s
                                   : u"The request head is too large"_s);
            }
            return;
        }
        const qsizetype headLength = end + 4;
        pos += headLength - before;
        m_head.truncate(headLength);
        const QByteArray head = std::exchange(m_head, {});
        if (!evaluateHead(head))
            return;
    }
}

bool ConnectionGuard::evaluateHead(const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> requestLine = head.left(lineEnd).split(' ');
    if (requestLine.size() != 3) {
        reject(400, u"Malformed request line"_s);
        return false;
    }
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    if (target.size() > m_limits.maxUrlBytes) {
        reject(414, u"The request target is too long"_s);
        return false;
    }
    if (head.size() > m_limits.maxHeaderBytes) {
        reject(431, u"The request head is too large"_s);
        return false;
    }

    qint64 contentLength = 0;
    bool sawLength = false;
    QByteArray connection;
    QByteArray upgrade;
    int connectionHeaders = 0;
    int upgradeHeaders = 0;
    const QList<QByteArray> lines = head.mid(lineEnd + 2).split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (sawLength && length != contentLength)) {
                reject(400, u"Invalid Content-Length"_s);
                return false;
            }
            contentLength = length;
            sawLength = true;
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            reject(411, u"Chunked request bodies are not accepted: send Content-Length"_s);
            return false;
        } else if (name == "connection") {
            connection = value.toLower();
            ++connectionHeaders;
        } else if (name == "upgrade") {
            upgrade = value.toLower();
            ++upgradeHeaders;
        }
    }
    // The HTTP server reads only one of repeated headers: which one it reads must not matter.
    if (connectionHeaders > 1 || upgradeHeaders > 1) {
        reject(400, u"Send the Connection and Upgrade headers once each"_s);
        return false;
    }
    switch (classifyUpgrade(method, connection, upgrade, contentLength)) {
    case Upgrade::None:
        break;
    case Upgrade::WebSocket:
        m_state = State::Passthrough;
        m_timer.stop();
        return false;
    case Upgrade::Incomplete:
        reject(400,
               u"A WebSocket upgrade is a GET with 'Connection: Upgrade', 'Upgrade: websocket' "
               "and no body"_s);
        return false;
    }
    const qint64 limit = m_limits.bodyLimit ? m_limits.bodyLimit(method, target) : 1024 * 1024;
    if (contentLength > limit) {
        reject(413,
               u"Request body of %1 bytes is larger than the %2 bytes this endpoint accepts"_s
                       .arg(contentLength)
                       .arg(limit));
        return false;
    }
    if (contentLength > 0) {
        m_state = State::Body;
        m_remaining = contentLength;
        // One deadline for the whole body, from the request's first byte, however it trickles.
        const qint64 bodyMs
                = contentLength * 1000 / std::max<qint64>(1, m_limits.minBodyBytesPerSecond);
        m_requestDeadline.setRemainingTime(std::max<qint64>(0, m_requestDeadline.remainingTime())
                                           + bodyMs);
        armTimer();
    }
    return true;
}

void ConnectionGuard::reject(int status, const QString &message)
{
    m_state = State::Rejected;
    m_timer.stop();
    m_metrics.increment(u"wn_requests_refused_total"_s, u"status=\"%1\""_s.arg(status));
    const QByteArray body = json::compact(ApiError(status, message).toJson());
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + ApiError::reasonPhrase(status).toLatin1()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    m_socket->readAll(); // nothing of this request reaches the HTTP server
    m_socket->write(response);
    // Closing while the client is still sending its body would reset the connection and lose the
    // answer: stop sending once it is written, drain what still comes for a while, then close
    // (RFC 9112, 9.6).
    m_timer.start(lingerMs);
}

} // namespace wn
