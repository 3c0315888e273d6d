// SPDX-License-Identifier: Apache-2.0
#include "benchdata.h"

#include "core/auth/passwordhasher.h"
#include "core/config.h"
#include "core/database.h"
#include "core/servercontext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QStringList states { u"Lagos"_s,
                           u"Kano"_s,
                           u"Oyo"_s,
                           u"Rivers"_s,
                           u"Kaduna"_s,
                           u"Enugu"_s,
                           u"Abuja Federal Capital Territory"_s,
                           u"Ogun"_s };
const QStringList jobTypes { u"full_time"_s, u"part_time"_s, u"contract"_s, u"internship"_s };
const QStringList workModes { u"on_site"_s, u"remote"_s, u"hybrid"_s };
const QStringList titleWords { u"Engineer"_s,   u"Analyst"_s, u"Designer"_s, u"Manager"_s,
                               u"Accountant"_s, u"Nurse"_s,   u"Teacher"_s,  u"Driver"_s };
const QStringList statuses { u"applied"_s,   u"applied"_s,  u"applied"_s, u"shortlisted"_s,
                             u"interview"_s, u"rejected"_s, u"offered"_s, u"withdrawn"_s };

/** Times one table's seeding and reports it as "seed: <what>: <rows> rows in <ms> ms". */
class Step
{
public:
    Step(QTextStream &log, QString what)
        : m_log(log)
        , m_what(std::move(what))
    {
        m_timer.start();
    }
    void done(qint64 rows)
    {
        const qint64 ms = m_timer.elapsed();
        m_log << "seed: " << m_what << ": " << rows << " rows in " << ms << " ms ("
              << qint64(double(rows) * 1000.0 / double(std::max<qint64>(ms, 1))) << " rows/s)\n";
        m_log.flush();
    }

private:
    QTextStream &m_log;
    QString m_what;
    QElapsedTimer m_timer;
};

QString ago(qint64 seconds)
{
    return timeText(QDateTime::currentDateTimeUtc().addSecs(-seconds));
}

template<typename List>
auto pick(const List &list)
{
    return list.at(qsizetype(QRandomGenerator::global()->bounded(quint32(list.size()))));
}

} // namespace

BenchScale BenchScale::scaled(double factor) const
{
    const auto times = [factor](int n) { return std::max(1, int(double(n) * factor)); };
    return { times(talents), times(companies), times(jobs), times(applications), times(messages) };
}

QString BenchData::talentEmail(int index)
{
    return u"talent%1@bench.test"_s.arg(index);
}

QString BenchData::ownerEmail(int index)
{
    return u"owner%1@bench.test"_s.arg(index);
}

QString BenchData::jobSlug(int index)
{
    return u"bench-%1"_s.arg(index);
}

QString BenchData::password()
{
    return u"Bench#2026"_s;
}

BenchSeeder::BenchSeeder(ServerContext &context, QTextStream &log)
    : m_context(context)
    , m_log(log)
{ }

BenchData BenchSeeder::seed(const BenchScale &scale)
{
    QSqlDatabase db = m_context.db();
    BenchData data;
    const QString now = nowText();
    const QString hash = m_context.passwords->hash(BenchData::password());
    auto *random = QRandomGenerator::global();

    {
        Step step(m_log, u"skills"_s);
        Transaction tx(db);
        Sql insert(db,
                   u"INSERT INTO skills (name, name_key, active, created_at, updated_at) "
                   "VALUES (:n, :k, TRUE, :now, :now) "
                   "ON CONFLICT (name_key) DO UPDATE SET active = TRUE RETURNING id"_s);
        for (int i = 0; i < 300; ++i) {
            data.skills.append(insert.bind(u":n"_s, u"Bench skill %1"_s.arg(i))
                                       .bind(u":k"_s, u"bench skill %1"_s.arg(i))
                                       .bind(u":now"_s, now)
                                       .scalar()
                                       .toLongLong());
        }
        tx.commit();
        step.done(data.skills.size());
    }
    {
        Step step(m_log, u"companies and their owners"_s);
        Transaction tx(db);
        Sql owner(db,
                  u"INSERT INTO users (uuid, email, password_hash, first_name, last_name, role, "
                  "status, email_verified_at, country_code, state, created_at, updated_at) "
                  "VALUES (:uuid, :email, :hash, 'Owner', :last, 'employer', 'active', :now, "
                  "'NG', :state, :now, :now) RETURNING id"_s);
        Sql company(db,
                    u"INSERT INTO companies (uuid, name, country_code, state, owner_id, "
                    "created_at, updated_at) VALUES (:uuid, :name, 'NG', :state, :owner, :now, "
                    ":now) RETURNING id"_s);
        Sql link(db, u"UPDATE users SET company_id = :company WHERE id = :owner"_s);
        for (int i = 0; i < scale.companies; ++i) {
            const QString state = pick(states);
            const qint64 ownerId = owner.bind(u":uuid"_s, u"bench-owner-%1"_s.arg(i))
                                           .bind(u":email"_s, BenchData::ownerEmail(i))
                                           .bind(u":hash"_s, hash)
                                           .bind(u":last"_s, QString::number(i))
                                           .bind(u":now"_s, now)
                                           .bind(u":state"_s, state)
                                           .scalar()
                                           .toLongLong();
            const qint64 companyId = company.bind(u":uuid"_s, u"bench-company-%1"_s.arg(i))
                                             .bind(u":name"_s, u"Company %1"_s.arg(i))
                                             .bind(u":state"_s, state)
                                             .bind(u":owner"_s, ownerId)
                                             .bind(u":now"_s, now)
                                             .scalar()
                                             .toLongLong();
            link.bind(u":company"_s, companyId).bind(u":owner"_s, ownerId).exec();
            data.owners.append(ownerId);
            data.companies.append(companyId);
        }
        tx.commit();
        step.done(qint64(scale.companies) * 2);
    }
    {
        Step step(m_log, u"talents"_s);
        Transaction tx(db);
        Sql talent(db,
                   u"INSERT INTO users (uuid, email, password_hash, first_name, last_name, role, "
                   "status, email_verified_at, country_code, state, created_at, updated_at) "
                   "VALUES (:uuid, :email, :hash, 'Talent', :last, 'talent', 'active', :now, "
                   "'NG', :state, :created, :created) RETURNING id"_s);
        Sql skill(db,
                  u"INSERT INTO talent_skills (user_id, skill_id, level, created_at) "
                  "VALUES (:u, :s, 'intermediate', :now) ON CONFLICT DO NOTHING"_s);
        for (int i = 0; i < scale.talents; ++i) {
            const qint64 id = talent.bind(u":uuid"_s, u"bench-talent-%1"_s.arg(i))
                                      .bind(u":email"_s, BenchData::talentEmail(i))
                                      .bind(u":hash"_s, hash)
                                      .bind(u":last"_s, QString::number(i))
                                      .bind(u":now"_s, now)
                                      .bind(u":state"_s, pick(states))
                                      .bind(u":created"_s, ago(random->bounded(365 * 86400)))
                                      .scalar()
                                      .toLongLong();
            for (int k = 0; k < 5; ++k) {
                skill.bind(u":u"_s, id).bind(u":s"_s, pick(data.skills)).bind(u":now"_s, now).exec();
            }
            data.talents.append(id);
        }
        tx.commit();
        step.done(scale.talents);
    }
    {
        Step step(m_log, u"published jobs, three skills each"_s);
        Transaction tx(db);
        Sql insert(db,
                   u"INSERT INTO jobs (company_id, created_by, title, slug, summary, "
                   "description, job_type, work_mode, country_code, state, state_key, salary_min, "
                   "salary_max, status, published_at, created_at, updated_at) "
                   "VALUES (:c, :by, :title, :slug, :summary, 'A job seeded for the benchmark.', "
                   ":type, :mode, 'NG', :state, LOWER(:state), :min, :max, 'published', :pub, "
                   ":pub, :pub) "
                   "RETURNING id"_s);
        Sql skill(db,
                  u"INSERT INTO job_skills (job_id, skill_id) VALUES (:j, :s) "
                  "ON CONFLICT DO NOTHING"_s);
        for (int i = 0; i < scale.jobs; ++i) {
            const int company = int(random->bounded(quint32(data.companies.size())));
            const int min = 50000 + int(random->bounded(20)) * 25000;
            const QString title = pick(titleWords) + u' ' + QString::number(i);
            const QString published = ago(random->bounded(90 * 86400));
            const qint64 id = insert.bind(u":c"_s, data.companies.at(company))
                                      .bind(u":by"_s, data.owners.at(company))
                                      .bind(u":title"_s, title)
                                      .bind(u":slug"_s, BenchData::jobSlug(i))
                                      .bind(u":summary"_s, title + u" in a growing team"_s)
                                      .bind(u":type"_s, pick(jobTypes))
                                      .bind(u":mode"_s, pick(workModes))
                                      .bind(u":state"_s, pick(states))
                                      .bind(u":min"_s, min)
                                      .bind(u":max"_s, min + 100000)
                                      .bind(u":pub"_s, published)
                                      .scalar()
                                      .toLongLong();
            for (int k = 0; k < 3; ++k)
                skill.bind(u":j"_s, id).bind(u":s"_s, pick(data.skills)).exec();
            data.jobs.append(id);
        }
        tx.commit();
        step.done(scale.jobs);
    }
    {
        // Each talent applies to a run of different jobs, so no (job, talent) pair repeats.
        Step step(m_log, u"applications with their first timeline entry"_s);
        Transaction tx(db);
        Sql application(db,
                        u"INSERT INTO applications (job_id, talent_id, status, applied_at, "
                        "created_at, updated_at) VALUES (:job, :talent, :status, :at, :at, :at) "
                        "ON CONFLICT DO NOTHING RETURNING id"_s);
        Sql event(db,
                  u"INSERT INTO application_events (application_id, from_status, to_status, "
                  "actor_id, created_at) VALUES (:a, NULL, 'applied', :talent, :at)"_s);
        const int perTalent = std::max(1, scale.applications / scale.talents);
        qint64 rows = 0;
        for (int t = 0; t < scale.talents && rows < scale.applications; ++t) {
            const int start = int(random->bounded(quint32(scale.jobs)));
            for (int k = 0; k < perTalent && rows < scale.applications; ++k) {
                const QString at = ago(random->bounded(60 * 86400));
                const QVariant id
                        = application.bind(u":job"_s, data.jobs.at((start + k) % scale.jobs))
                                  .bind(u":talent"_s, data.talents.at(t))
                                  .bind(u":status"_s, pick(statuses))
                                  .bind(u":at"_s, at)
                                  .scalar();
                if (id.isNull())
                    continue;
                event.bind(u":a"_s, id.toLongLong())
                        .bind(u":talent"_s, data.talents.at(t))
                        .bind(u":at"_s, at)
                        .exec();
                ++rows;
            }
        }
        tx.commit();
        step.done(rows);
    }
    {
        // Chats between talents and company owners, fifty messages each way and back.
        Step step(m_log, u"chat messages"_s);
        Transaction tx(db);
        Sql chat(db,
                 u"INSERT INTO chats (user_low, user_high, created_by, created_at, updated_at) "
                 "VALUES (:low, :high, :by, :at, :at) ON CONFLICT DO NOTHING RETURNING id"_s);
        Sql message(db,
                    u"INSERT INTO chat_messages (chat_id, sender_id, receiver_id, body, "
                    "created_at, seen_at) VALUES (:chat, :from, :to, :body, :at, :seen)"_s);
        Sql last(db,
                 u"UPDATE chats SET last_message_id = (SELECT MAX(id) FROM chat_messages m "
                 "WHERE m.chat_id = chats.id)"_s);
        constexpr int perChat = 50;
        qint64 rows = 0;
        for (int c = 0; rows < scale.messages; ++c) {
            const qint64 talent = data.talents.at(c % scale.talents);
            const qint64 owner = data.owners.at((c / scale.talents + c) % scale.companies);
            const QVariant id = chat.bind(u":low"_s, std::min(talent, owner))
                                        .bind(u":high"_s, std::max(talent, owner))
                                        .bind(u":by"_s, owner)
                                        .bind(u":at"_s, now)
                                        .scalar();
            if (id.isNull()) {
                if (c > scale.talents * scale.companies)
                    break; // every pair has its chat
                continue;
            }
            const qint64 start = random->bounded(30 * 86400);
            for (int m = 0; m < perChat && rows < scale.messages; ++m, ++rows) {
                const bool fromOwner = m % 2 == 0;
                const QString at = ago(start - m * 60);
                message.bind(u":chat"_s, id.toLongLong())
                        .bind(u":from"_s, fromOwner ? owner : talent)
                        .bind(u":to"_s, fromOwner ? talent : owner)
                        .bind(u":body"_s,
                              u"Message %1 about the role, with a few words more."_s.arg(m))
                        .bind(u":at"_s, at)
                        .bind(u":seen"_s, m < perChat - 2 ? QVariant(at) : QVariant())
                        .exec();
            }
        }
        last.exec();
        tx.commit();
        step.done(rows);
    }
    {
        Step step(m_log, u"statistics (ANALYZE)"_s);
        QSqlQuery analyze(db); // not prepared: PostgreSQL cannot prepare it
        if (!analyze.exec(u"ANALYZE"_s))
            throw DatabaseError(analyze.lastError().text());
        step.done(0);
    }
    return data;
}

Config benchServerConfig(const QString &dataDir)
{
    Config config = Config::load({}, QProcessEnvironment());
    config.set(u"server/data_dir"_s, dataDir);
    config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
    config.set(u"log/access"_s, u"false"_s);
    return config;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1,
                                                            qsizetype(p * double(values.size()))));
}

} // namespace wn
