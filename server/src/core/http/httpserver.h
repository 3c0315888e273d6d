// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractHttpServer>

namespace wn {

class Api;
struct ServerContext;

/** @brief One worker thread's HTTP server: every request goes through the Api's router. */
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(const Api &api, ServerContext &context, QObject *parent = nullptr);

Q_SIGNALS:
    /** The server is shutting down: long-lived connections should say goodbye. */
    void stopping();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Api &m_api;
    ServerContext &m_context;
    bool m_accessLog;
};

} // namespace wn
