// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

class QTextStream;

namespace wn {

class Config;
struct ServerContext;

/** The configuration of a server a benchmark starts in process: on @p dataDir, a free port, no
 *  access log. */
Config benchServerConfig(const QString &dataDir);

/** The value below which a share @p p (0.5, 0.99) of @p values falls. */
double percentile(QList<double> values, double p);

/** @brief How much data a benchmark database holds. */
struct BenchScale
{
    int talents = 10000;
    int companies = 1000;
    int jobs = 100000;
    int applications = 500000;
    int messages = 1000000;

    /** Every count times @p factor (at least one of each). */
    BenchScale scaled(double factor) const;
};

/** @brief What was seeded, for the benchmarks that use it. */
struct BenchData
{
    QList<qint64> skills;
    QList<qint64> companies;
    QList<qint64> owners; ///< the owner of companies[i]
    QList<qint64> talents;
    QList<qint64> jobs;
    static QString talentEmail(int index);
    static QString ownerEmail(int index);
    static QString jobSlug(int index);
    /** The password of every seeded account (hashed once: argon2id is slow by design). */
    static QString password();
};

/**
 * @brief Fills a migrated database with data of a realistic shape, straight through SQL in one
 * transaction per table, and reports how long each table took on @p log.
 */
class BenchSeeder
{
public:
    BenchSeeder(ServerContext &context, QTextStream &log);
    BenchData seed(const BenchScale &scale);

private:
    ServerContext &m_context;
    QTextStream &m_log;
};

} // namespace wn
