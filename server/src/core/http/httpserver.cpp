// SPDX-License-Identifier: Apache-2.0
#include "httpserver.h"

#include "../logging.h"
#include "../metrics.h"
#include "../servercontext.h"
#include "api.h"
#include "connectionguard.h"
#include "filesender.h"
#include "webportal.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace wn {

HttpServer::HttpServer(const Api &api, ServerContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_context(context)
    , m_accessLog(context.config.flag(u"log/access"_s))
{
    // Qt 6.4 hands every upgrade to the WebSocket server once this signal has a receiver.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
            if (m_context.acceptSocket) {
                m_context.acceptSocket(std::move(socket), this);
            } else {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"No sockets here"_s);
                socket.release()->deleteLater();
            }
        }
    });
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 asks here before it upgrades: answering true without writing lets the WebSocket
    // server take the socket, and newWebSocketConnection decides what it is for. Only a complete
    // upgrade may go unanswered (ConnectionGuard has refused the rest before they get here).
    const Upgrade upgrade = classifyUpgrade(
            request.method() == QHttpServerRequest::Method::Get ? "GET" : "",
            request.value("Connection"), request.value("Upgrade"), request.body().size(),
            { request.value("Sec-WebSocket-Key"), request.value("Sec-WebSocket-Version") });
    if (upgrade == Upgrade::WebSocket)
        return true;

    QElapsedTimer timer;
    timer.start();
    QByteArray requestId = request.value("X-Request-Id").left(64);
    if (requestId.isEmpty())
        requestId = QByteArray::number(QRandomGenerator::global()->generate64(), 16);

    const Api::Outcome outcome = [&] {
        // The web portal answers what a browser asks of the pages, the API the rest.
        const QString path = request.url().path();
        const WebPortal &web = *m_context.web;
        if ((request.method() == QHttpServerRequest::Method::Get
             || request.method() == QHttpServerRequest::Method::Head)
            && web.claims(path) && !m_api.hasPath(path))
            return Api::Outcome { web.serve(request, path), u"(web)"_s, std::nullopt };
        // An upload's body is not in the request: the connection's guard wrote it to a file.
        auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
        return m_api.handle(request, guard ? guard->takeSpooledBody() : nullptr);
    }();
    const Response &response = outcome.response;

    auto responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    const bool streamed = !response.file.isEmpty();
    const qint64 length = streamed ? response.fileLength : response.body.size();
    if (response.status != 304 && response.status != 204)
        responder.writeHeader("Content-Length", QByteArray::number(length));
    responder.writeHeader("X-Request-Id", requestId);
    responder.writeHeader("Access-Control-Allow-Origin", "*");
    responder.writeHeader("Access-Control-Allow-Headers",
                          "Authorization, Content-Type, X-API-Key, X-Request-Id");
    responder.writeHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    // Ends the head too: a streamed body follows it from the file.
    responder.writeBody(head || streamed ? QByteArray() : response.body);
    if (streamed && (head || !FileSender::start(socket, response.file, response.fileOffset, length)))
        socket->disconnectFromHost(); // the answer said it closes (a vanished file: cut short)

    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QString method
            = QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                          int(request.method())))
                      .toUpper();
    m_context.metrics->observeRequest(method, outcome.route, response.status, seconds);
    if (m_accessLog) {
        QJsonObject fields { { u"request_id"_s, QString::fromLatin1(requestId) },
                             { u"method"_s, method },
                             { u"path"_s, request.url().path() },
                             { u"route"_s, outcome.route },
                             { u"status"_s, response.status },
                             { u"ms"_s, seconds * 1000.0 },
                             { u"bytes"_s, length },
                             { u"remote"_s, request.remoteAddress().toString() } };
        if (outcome.userId)
            fields.insert(u"user_id"_s, *outcome.userId);
        logging::structured(lcAccess(), u"request"_s, fields);
    }
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace wn
