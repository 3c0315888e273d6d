// SPDX-License-Identifier: Apache-2.0
#include "connectionguard.h"

#include "../auth/keys.h"
#include "../metrics.h"
#include "../storage/upload.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTcpSocket>

#include <algorithm>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** How long a refused connection keeps draining the client's bytes before it is closed. */
constexpr int lingerMs = 5000;

/** How much of an upload's body is read from the socket at a time. */
constexpr qint64 spoolChunk = 64 * 1024;

/** The most header lines Qt's HTTP server reads: past them, or at a line it cannot read, it
 *  drops every header of the request. */
constexpr int maxHeaderLines = 100;

/** A header name as RFC 9110 has it (a token): what Qt's HTTP server reads as one. */
bool isFieldName(const QByteArray &name)
{
    static constexpr QByteArrayView punctuation("!#$%&'*+-.^_`|~");
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || punctuation.contains(c);
    });
}

bool isLeadingSpace(char c)
{
    return c == '\r' || c == '\n' || c == '\t' || c == '\v' || c == ' ';
}

/**
 * The length of the head @p buffer starts with, as the HTTP server reads one: blank space before
 * the request line skipped, then up to the first empty line (CRLF or a bare LF); -1 while it is
 * incomplete.
 */
qsizetype headLength(const QByteArray &buffer)
{
    qsizetype at = 0;
    while (at < buffer.size() && isLeadingSpace(buffer.at(at)))
        ++at;
    while ((at = buffer.indexOf('\n', at)) >= 0) {
        if (at + 1 < buffer.size() && buffer.at(at + 1) == '\n')
            return at + 2;
        if (at + 2 < buffer.size() && buffer.at(at + 1) == '\r' && buffer.at(at + 2) == '\n')
            return at + 3;
        ++at;
    }
    return -1;
}

/** @p head with its Content-Length set to 0: what the HTTP server reads of a spooled upload. */
QByteArray withoutBody(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            line = line.endsWith('\r') ? "Content-Length: 0\r" : "Content-Length: 0";
    }
    return lines.join('\n');
}

} // namespace

Upgrade classifyUpgrade(const QByteArray &method, const QByteArray &connection,
                        const QByteArray &upgrade, qint64 contentLength,
                        const WebSocketHeaders &webSocket)
{
    // The HTTP server upgrades when the Connection header contains "upgrade" anywhere and the
    // Upgrade header says websocket; anything short of that must stay an ordinary request.
    const bool asksForWebSocket = upgrade.trimmed().compare("websocket", Qt::CaseInsensitive) == 0;
    const bool connectionUpgrades = connection.toLower().contains("upgrade");
    if (!asksForWebSocket)
        return Upgrade::None;
    // A key that is not 16 bytes in base64 or another version of the protocol is no handshake
    // the WebSocket side can answer: it would switch protocols and then fail.
    const auto key = QByteArray::fromBase64Encoding(webSocket.key.trimmed(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    const bool handshake = key.decodingStatus == QByteArray::Base64DecodingStatus::Ok
            && key.decoded.size() == 16 && webSocket.version.trimmed() == "13";
    if (connectionUpgrades && method == "GET" && contentLength == 0 && handshake)
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
    dropSpool();
    m_metrics.openConnections.fetch_sub(1);
}

std::shared_ptr<const SpooledFile> ConnectionGuard::takeSpooledBody()
{
    return std::exchange(m_spooled, {});
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
    case State::Spool:
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
        // Discard: the answer is given and the connection is closing. Outside any read
        // transaction, so that what is read is freed.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->readAll();
        return;
    }
    const bool wasIdle = m_state == State::Head && m_head.isEmpty();
    if (m_state == State::Spool)
        spoolMore();
    else
        scan();
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

void ConnectionGuard::scan()
{
    const qint64 available = m_socket->bytesAvailable();
    if (m_state == State::Body) {
        // The HTTP server reads this body; the next request is looked at once it has.
        const qint64 take = std::min(m_remaining, available);
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Head;
        return;
    }
    if (available == 0)
        return;
    if (m_head.isEmpty()) // a request's first byte: its time starts now
        m_requestDeadline.setRemainingTime(m_limits.requestTimeoutMs);
    // A head longer than the limit is refused, so no more than that (and its end) is looked at.
    const QByteArray data = m_socket->peek(
            std::min<qint64>(available, m_limits.maxHeaderBytes + 4 - m_head.size()));
    const QByteArray buffered = m_head + data;
    const qsizetype length = headLength(buffered);
    if (length < 0) {
        if (buffered.size() > m_limits.maxHeaderBytes) {
            const bool lineTooLong = buffered.indexOf('\n') < 0;
            reject(lineTooLong ? 414 : 431,
                   lineTooLong ? u"The request target is too long"_s
                               : u"The request head is too large"_s);
            return;
        }
        hold(data);
        return;
    }
    const QByteArray head = buffered.left(length);
    const qint64 headBytesInSocket = length - m_head.size();
    qint64 contentLength = 0;
    switch (evaluateHead(head, &contentLength)) {
    case Next::Refused:
        m_head.clear();
        return;
    case Next::Upgrade:
        giveBack();
        m_state = State::Passthrough;
        m_timer.stop();
        return;
    case Next::Spool:
        startSpool(head, headBytesInSocket, contentLength);
        return;
    case Next::Plain:
        break;
    }
    giveBack();
    if (contentLength > 0) {
        m_remaining = contentLength - std::min(contentLength, available - headBytesInSocket);
        m_state = m_remaining > 0 ? State::Body : State::Head;
    }
}

void ConnectionGuard::hold(const QByteArray &bytes)
{
    // Read inside a transaction, so that giving them back is rolling it back. The HTTP server
    // reads inside the same one, finds nothing, and leaves it open.
    if (!m_socket->isTransactionStarted())
        m_socket->startTransaction();
    m_socket->skip(bytes.size());
    m_head += bytes;
}

void ConnectionGuard::giveBack()
{
    if (m_head.isEmpty())
        return;
    m_socket->rollbackTransaction();
    m_head.clear();
}

ConnectionGuard::Next ConnectionGuard::evaluateHead(const QByteArray &rawHead, qint64 *contentLength)
{
    qsizetype leading = 0;
    while (leading < rawHead.size() && isLeadingSpace(rawHead.at(leading)))
        ++leading;
    const QByteArray head = rawHead.mid(leading);
    const qsizetype lineEnd = head.indexOf('\n');
    const QList<QByteArray> requestLine = head.left(lineEnd).trimmed().split(' ');
    if (requestLine.size() != 3) {
        reject(400, u"Malformed request line"_s);
        return Next::Refused;
    }
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    if (target.size() > m_limits.maxUrlBytes) {
        reject(414, u"The request target is too long"_s);
        return Next::Refused;
    }
    if (head.size() > m_limits.maxHeaderBytes) {
        reject(431, u"The request head is too large"_s);
        return Next::Refused;
    }

    bool sawLength = false;
    QByteArray connection;
    QByteArray upgrade;
    QByteArray authorization;
    WebSocketHeaders webSocket;
    bool expectContinue = false;
    int connectionHeaders = 0;
    int upgradeHeaders = 0;
    int headerLines = 0;
    const QList<QByteArray> lines = head.mid(lineEnd + 1).split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.isEmpty())
            continue; // the empty line that ends the head
        // A folded line continues the header before it for the HTTP server, but would stand on
        // its own here: the two would read different heads (RFC 9112 lets a server refuse it).
        if (line.startsWith(' ') || line.startsWith('\t')) {
            reject(400, u"Header lines may not be folded"_s);
            return Next::Refused;
        }
        // A header the HTTP server cannot read makes it drop them all, Content-Length with them:
        // it would then read the body as the next request, one this guard never looked at.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isFieldName(line.left(colon))) {
            reject(400, u"Malformed header line: a header is a name, a colon and a value"_s);
            return Next::Refused;
        }
        if (++headerLines > maxHeaderLines) {
            reject(431, u"The request has more than %1 header lines"_s.arg(maxHeaderLines));
            return Next::Refused;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (sawLength && length != *contentLength)) {
                reject(400, u"Invalid Content-Length"_s);
                return Next::Refused;
            }
            *contentLength = length;
            sawLength = true;
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            reject(411, u"Chunked request bodies are not accepted: send Content-Length"_s);
            return Next::Refused;
        } else if (name == "connection") {
            connection = value.toLower();
            ++connectionHeaders;
        } else if (name == "upgrade") {
            upgrade = value.toLower();
            ++upgradeHeaders;
        } else if (name == "authorization") {
            authorization = value;
        } else if (name == "sec-websocket-key") {
            webSocket.key = value;
        } else if (name == "sec-websocket-version") {
            webSocket.version = value;
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        }
    }
    // The HTTP server reads only one of repeated headers: which one it reads must not matter.
    if (connectionHeaders > 1 || upgradeHeaders > 1) {
        reject(400, u"Send the Connection and Upgrade headers once each"_s);
        return Next::Refused;
    }
    switch (classifyUpgrade(method, connection, upgrade, *contentLength, webSocket)) {
    case Upgrade::None:
        break;
    case Upgrade::WebSocket:
        return Next::Upgrade;
    case Upgrade::Incomplete:
        reject(400,
               u"A WebSocket upgrade is a GET with 'Connection: Upgrade', 'Upgrade: websocket', "
               "'Sec-WebSocket-Version: 13', a 'Sec-WebSocket-Key' of 16 bytes in base64, "
               "and no body"_s);
        return Next::Refused;
    }
    const BodyRule rule
            = m_limits.bodyRule ? m_limits.bodyRule(method, target, authorization) : BodyRule();
    if (rule.refusal && *contentLength > 0) {
        // Refused whatever the body holds: none of it is read, let alone written down.
        reject(rule.refusal, rule.message);
        return Next::Refused;
    }
    if (*contentLength > rule.limit) {
        reject(413,
               u"Request body of %1 bytes is larger than the %2 bytes this endpoint accepts"_s
                       .arg(*contentLength)
                       .arg(rule.limit));
        return Next::Refused;
    }
    if (*contentLength > 0) {
        // One deadline for the whole body, from the request's first byte, however it trickles.
        const qint64 bodyMs
                = *contentLength * 1000 / std::max<qint64>(1, m_limits.minBodyBytesPerSecond);
        m_requestDeadline.setRemainingTime(std::max<qint64>(0, m_requestDeadline.remainingTime())
                                           + bodyMs);
    }
    const bool spool = rule.spool && *contentLength > 0 && !m_limits.spoolDir.isEmpty();
    if (spool && rule.owner && m_limits.reserveUpload) {
        // Taken before the body, like every other limit, and before the client is told to send
        // it: this account's uploads arriving at once never hold more of the disk than its
        // budget, nor, with what it has stored, more than its quotas. Held for as long as the
        // body may take to arrive, and a request's time more for the handler to keep it.
        const QDateTime expires = QDateTime::currentDateTimeUtc().addMSecs(
                std::max<qint64>(0, m_requestDeadline.remainingTime()) + m_limits.requestTimeoutMs);
        try {
            m_reservation
                    = m_limits.reserveUpload(rule.owner, *contentLength, rule.storesFile, expires);
        } catch (const ApiError &error) {
            reject(error.status(), error.message());
            return Next::Refused;
        }
    }
    // The body is welcome: a client that waits to be told so (curl does, past 1 MiB) is told
    // now, as the HTTP server would not.
    if (expectContinue && *contentLength > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return spool ? Next::Spool : Next::Plain;
}

void ConnectionGuard::startSpool(const QByteArray &head, qint64 headBytesInSocket,
                                 qint64 contentLength)
{
    QDir().mkpath(m_limits.spoolDir);
    auto file = std::make_unique<QFile>(
            QDir(m_limits.spoolDir)
                    .filePath(QString::fromLatin1(Keys::random(16).toHex() + ".part")));
    // Unbuffered: what has arrived is on disk, and in no buffer of ours.
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        reject(503, u"The server cannot take uploads at the moment"_s);
        return;
    }
    // The head leaves the socket for good: the server is given its own copy once the body is in.
    m_socket->skip(headBytesInSocket);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_head.clear();
    m_spooled.reset();
    m_spoolHead = withoutBody(head);
    m_spoolFile = std::move(file);
    m_remaining = contentLength;
    m_state = State::Spool;
    armTimer();
    spoolMore();
}

void ConnectionGuard::spoolMore()
{
    // The HTTP server opens a read transaction whenever it finds nothing to read; bytes read
    // inside one would be kept. Close it (it holds nothing) so that what is read is freed.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    char buffer[spoolChunk];
    while (m_remaining > 0 && m_socket->bytesAvailable() > 0) {
        const qint64 read = m_socket->read(buffer, std::min<qint64>(m_remaining, sizeof buffer));
        if (read <= 0)
            break;
        if (m_spoolFile->write(buffer, read) != read) {
            dropSpool();
            reject(503, u"The server cannot store this upload at the moment"_s);
            return;
        }
        m_remaining -= read;
    }
    if (m_remaining == 0)
        finishSpool();
}

void ConnectionGuard::finishSpool()
{
    const qint64 size = m_spoolFile->size();
    const QString path = m_spoolFile->fileName();
    m_spoolFile->close();
    m_spoolFile.reset();
    m_spooled = std::make_shared<const SpooledFile>(path, size, std::move(m_reservation));
    m_state = State::Head;
    // The server reads the head next, before anything the client sent after the body.
    for (qsizetype i = m_spoolHead.size() - 1; i >= 0; --i)
        m_socket->ungetChar(m_spoolHead.at(i));
    m_spoolHead.clear();
}

void ConnectionGuard::dropSpool()
{
    if (m_spoolFile) {
        m_spoolFile->remove();
        m_spoolFile.reset();
    }
    m_spooled.reset();
    m_reservation.reset();
}

void ConnectionGuard::reject(int status, const QString &message)
{
    dropSpool();
    m_state = State::Rejected;
    m_timer.stop();
    m_metrics.increment(u"wn_requests_refused_total"_s, u"status=\"%1\""_s.arg(status));
    const QByteArray body = json::compact(ApiError(status, message).toJson());
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + ApiError::reasonPhrase(status).toLatin1()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    // Nothing of this request reaches the HTTP server, and nothing read is kept.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    m_head.clear();
    m_socket->write(response);
    // Closing while the client is still sending its body would reset the connection and lose the
    // answer: stop sending once it is written, drain what still comes for a while, then close
    // (RFC 9112, 9.6).
    m_timer.start(lingerMs);
}

} // namespace wn
