// SPDX-License-Identifier: Apache-2.0
#include "server.h"

#include "epolldispatcher.h"

#include "database.h"
#include "events/eventbus.h"
#include "http/api.h"
#include "http/httpserver.h"
#include "http/listener.h"
#include "jobs/jobqueue.h"
#include "logging.h"
#include "metrics.h"
#include "servercontext.h"
#include "storage/storage.h"

#include <QDir>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Lives as long as the process: the guards of every connection refer to it. */
struct SharedLimits
{
    ConnectionLimits limits;
    qint64 maxConnections = 0;
};

} // namespace

Server::Server(Config config, ServerModules modules)
    : m_context(std::make_unique<ServerContext>(std::move(config)))
    , m_api(std::make_unique<Api>(*m_context))
    , m_modules(std::move(modules))
{
    if (m_modules.install)
        m_modules.install(*m_api, *m_context);
}

Server::~Server()
{
    stop();
}

void Server::migrate()
{
    m_context->database->migrate();
    if (m_modules.seedReferenceData)
        m_modules.seedReferenceData(*m_context);
}

QString Server::baseUrl() const
{
    const QHostAddress address = m_context->config.listenAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + address.toString() + u']'
            : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

bool Server::start(QString *error)
{
    Config &config = m_context->config;
    static std::vector<std::unique_ptr<SharedLimits>> allLimits; // outlives every worker thread
    auto shared = std::make_unique<SharedLimits>();
    shared->limits.maxHeaderBytes = config.bytes(u"limits/max_header_bytes"_s);
    shared->limits.maxUrlBytes = config.bytes(u"limits/max_url_bytes"_s);
    shared->limits.keepAliveMs = config.integer(u"limits/keep_alive_seconds"_s) * 1000;
    shared->limits.requestTimeoutMs = config.integer(u"limits/request_timeout_seconds"_s) * 1000;
    shared->limits.minBodyBytesPerSecond = config.integer(u"limits/min_body_bytes_per_second"_s);
    const Api *api = m_api.get();
    shared->limits.bodyRule = [api](const QByteArray &method, const QByteArray &target,
                                    const QByteArray &authorization) {
        return api->bodyRule(method, target, authorization);
    };
    shared->limits.spoolDir = QDir(config.dataDir()).filePath(u"files/incoming"_s);
    const Storage *storage = m_context->storage.get();
    shared->limits.reserveUpload
            = [storage](qint64 owner, qint64 bytes, bool storesFile, const QDateTime &expires) {
                  return storage->reserveUpload(owner, bytes, storesFile, expires);
              };
    shared->maxConnections = config.integer(u"limits/max_connections"_s);
    const SharedLimits *limits = shared.get();
    allLimits.push_back(std::move(shared));

    const int threads = config.threads();
    QList<qintptr> descriptors;
    quint16 port = config.listenPort();
    for (int i = 0; i < threads; ++i) {
        const qintptr fd = openReusePortSocket(config.listenAddress(), port, error);
        if (fd < 0) {
            for (qintptr open : std::as_const(descriptors))
                ::close(int(open));
            *error = u"cannot listen on %1: %2"_s.arg(config.value(u"server/listen"_s), *error);
            return false;
        }
        if (i == 0)
            port = boundPort(fd);
        descriptors.append(fd);
    }
    m_port = port;
    const QHostAddress address = config.listenAddress();
    config.set(u"server/listen"_s,
               (address.protocol() == QAbstractSocket::IPv6Protocol
                        ? u'[' + address.toString() + u']'
                        : address.toString())
                       + u':' + QString::number(port));

    ServerContext *context = m_context.get();
    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"wn-http-%1"_s.arg(i));
        if (config.value(u"server/event_loop"_s) == u"epoll"_s)
            thread->setEventDispatcher(new EpollEventDispatcher); // the thread takes it
        const qintptr fd = descriptors.at(i);
        QObject::connect(
                thread, &QThread::started, thread,
                [this, thread, fd, api, context, limits] {
                    auto *http = new HttpServer(*api, *context);
                    {
                        QMutexLocker lock(&m_serversMutex);
                        m_servers.append(http);
                    }
                    auto *listener = new Listener(limits->limits, *context->metrics,
                                                  limits->maxConnections, http);
                    if (!listener->setSocketDescriptor(fd))
                        qCCritical(lcServer)
                                << "cannot adopt the listening socket:" << listener->errorString();
                    http->bind(listener);
                    QObject::connect(
                            thread, &QThread::finished, http,
                            [http, context] {
                                delete http;
                                context->database->releaseThreadConnection();
                            },
                            Qt::DirectConnection);
                },
                Qt::DirectConnection);
        thread->start();
        m_threads.append(thread);
    }
    m_context->events->start();
    m_context->jobs->start();
    for (const ServerContext::BackgroundWork &work : std::as_const(m_context->background))
        work.start();
    qCInfo(lcServer).noquote() << "serving on" << baseUrl() << "with" << threads
                               << "worker threads";
    return true;
}

void Server::stop()
{
    // Graceful: each worker finishes the request in hand (handlers run to completion before
    // its event loop sees the quit), and sockets are closed with "going away" so clients
    // reconnect, to another instance if there is one.
    {
        QMutexLocker lock(&m_serversMutex);
        for (QObject *http : std::as_const(m_servers)) {
            QMetaObject::invokeMethod(
                    http, [http] { Q_EMIT static_cast<HttpServer *>(http)->stopping(); },
                    Qt::BlockingQueuedConnection);
        }
        if (!m_servers.isEmpty() && m_context->metrics->openSockets.load() > 0)
            QThread::msleep(200); // let the close frames leave
        m_servers.clear();
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    if (m_context) {
        for (const ServerContext::BackgroundWork &work : std::as_const(m_context->background))
            work.stop();
        m_context->events->stop();
        m_context->jobs->stop();
    }
}

} // namespace wn
