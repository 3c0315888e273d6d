// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QObject;
class QWebSocket;

namespace wn {

class Database;
class Keys;
class PasswordHasher;
class TokenService;
class RateLimiter;
class Storage;
class JobQueue;
class Mailer;
class Metrics;
class OneTimeCodes;
class EventBus;
class WebPortal;

/** @brief The shared services every module is built from; created once by the composition root. */
struct ServerContext
{
    explicit ServerContext(Config config);
    ~ServerContext();
    Q_DISABLE_COPY_MOVE(ServerContext)

    Config config;
    std::unique_ptr<Database> database;
    std::unique_ptr<Keys> keys;
    std::unique_ptr<Metrics> metrics;
    std::unique_ptr<PasswordHasher> passwords;
    std::unique_ptr<TokenService> tokens;
    std::unique_ptr<OneTimeCodes> codes;
    std::unique_ptr<RateLimiter> rateLimiter;
    std::unique_ptr<Storage> storage;
    std::unique_ptr<JobQueue> jobs;
    std::unique_ptr<Mailer> mailer;
    std::unique_ptr<EventBus> events;
    std::unique_ptr<WebPortal> web;
    /**
     * Takes each upgraded WebSocket on the worker thread that accepted it (set by the chat
     * module); what it makes of the socket is a child of @p owner, so it ends with that thread.
     */
    std::function<void(std::unique_ptr<QWebSocket> socket, QObject *owner)> acceptSocket;

    /** @brief Work an area runs in the background while the server serves. */
    struct BackgroundWork
    {
        std::function<void()> start;
        std::function<void()> stop;
    };
    /** Started by Server::start after the job runner and stopped by Server::stop (set by the
     * coding module: the workers that judge submitted code). */
    QList<BackgroundWork> background;
    /** Background work that runs @p work once as the server starts, on a thread named @p name
     *  with a database connection of its own; the server's stop waits for it to end. A failure is
     *  logged: what it was to prepare is then done by the first request that needs it. While it
     *  runs, /metrics counts it in wn_startup_work_running. */
    BackgroundWork onceAtStart(const QString &name, std::function<void(QSqlDatabase db)> work);

    /** The calling thread's database connection. */
    QSqlDatabase db() const;
};

} // namespace wn
