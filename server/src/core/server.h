// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"

#include <QList>
#include <QMutex>
#include <QThread>

#include <functional>
#include <memory>

namespace wn {

class Api;
struct ServerContext;

/**
 * @brief What the server offers on top of core, handed in by whoever composes it (core knows no
 * module; `serverModules()` in modules/modules.h is the one list).
 */
struct ServerModules
{
    /** Registers every area's endpoints (and, for the chat, what takes the sockets). */
    std::function<void(Api &, ServerContext &)> install;
    /** Loads the reference data the areas ship (idempotent). */
    std::function<void(ServerContext &)> seedReferenceData;
};

/**
 * @brief The running server: the shared context, every module's endpoints, and the worker threads
 * that each accept on the one port (SO_REUSEPORT) and answer with their own database connection.
 * Used alike by main() and by the tests, which start it on port 0.
 */
class Server
{
public:
    Server(Config config, ServerModules modules);
    ~Server();
    Q_DISABLE_COPY_MOVE(Server)

    /** Applies migrations and reference data; safe to repeat. */
    void migrate();
    /** Binds the port and starts the worker threads and the job runner; false with @p error if not. */
    bool start(QString *error);
    /** Stops accepting, lets the workers finish what they hold, and joins them. */
    void stop();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    ServerContext &context() { return *m_context; }
    Api &api() { return *m_api; }

private:
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<Api> m_api;
    ServerModules m_modules;
    QList<QThread *> m_threads;
    QMutex m_serversMutex;
    QList<QObject *> m_servers; ///< each worker's HttpServer, living on its thread
    quint16 m_port = 0;
};

} // namespace wn
