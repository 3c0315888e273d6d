// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"

#include <QSqlDatabase>

#include <memory>

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

    /** The calling thread's database connection. */
    QSqlDatabase db() const;
};

} // namespace wn
