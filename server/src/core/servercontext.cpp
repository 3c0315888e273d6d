// SPDX-License-Identifier: Apache-2.0
#include "servercontext.h"

#include "auth/keys.h"
#include "auth/onetimecodes.h"
#include "auth/passwordhasher.h"
#include "auth/ratelimiter.h"
#include "auth/tokenservice.h"
#include "database.h"
#include "events/eventbus.h"
#include "http/webportal.h"
#include "jobs/jobqueue.h"
#include "logging.h"
#include "mail/mailer.h"
#include "metrics.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The web portal's build where it lies beside the server: share/worknation/web, installed or in
 *  the build tree. */
QString defaultWebRoot()
{
    const QString root
            = QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/worknation/web"_s);
    return QFile::exists(root + u"/index.html"_s) ? root : QString();
}

} // namespace

ServerContext::ServerContext(Config configuration)
    : config(std::move(configuration))
{
    const QString dataDir = config.dataDir();
    QDir().mkpath(dataDir);
    const QString keyFile = config.value(u"auth/key_file"_s);
    keys = std::make_unique<Keys>(Keys::loadOrCreate(
            keyFile.isEmpty() ? QDir(dataDir).filePath(u"server.key"_s) : keyFile));
    database = std::make_unique<Database>(config.databaseUrl());
    metrics = std::make_unique<Metrics>();
    const int hashSlots = config.integer(u"auth/hash_concurrency"_s);
    passwords = std::make_unique<PasswordHasher>(hashSlots > 0 ? hashSlots : config.threads());
    tokens = std::make_unique<TokenService>(*this);
    codes = std::make_unique<OneTimeCodes>(*this);
    rateLimiter = std::make_unique<RateLimiter>(database->dialect());
    storage = std::make_unique<Storage>(*this);
    jobs = std::make_unique<JobQueue>(*this);
    mailer = std::make_unique<Mailer>(*this);
    events = std::make_unique<EventBus>(*this);
    const QString webRoot = config.value(u"web/root"_s);
    web = std::make_unique<WebPortal>(webRoot.isEmpty() ? defaultWebRoot() : webRoot);
}

ServerContext::~ServerContext()
{
    if (events)
        events->stop();
    if (jobs)
        jobs->stop();
}

QSqlDatabase ServerContext::db() const
{
    return database->connection();
}

ServerContext::BackgroundWork ServerContext::onceAtStart(const QString &name,
                                                         std::function<void(QSqlDatabase db)> work)
{
    auto thread = std::make_shared<std::unique_ptr<QThread>>();
    return { [this, thread, name, work = std::move(work)] {
                ++metrics->startupWork;
                *thread = std::unique_ptr<QThread>(QThread::create([this, name, work] {
                    try {
                        work(db());
                    } catch (const std::exception &error) {
                        qCWarning(lcServer).noquote() << name << "failed:" << error.what();
                    }
                    database->releaseThreadConnection();
                    --metrics->startupWork;
                }));
                (*thread)->setObjectName(name);
                (*thread)->start();
            },
             [thread] {
                 if (*thread) {
                     (*thread)->wait();
                     thread->reset();
                 }
             } };
}

} // namespace wn
