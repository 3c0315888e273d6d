// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>

namespace wn {

/** @brief The server's counters, served at /metrics in the Prometheus text format. */
class Metrics
{
public:
    Metrics();

    void observeRequest(const QString &method, const QString &route, int status, double seconds);
    /** A counter named @p name with the label set @p labels (e.g. "reason=\"body\""). */
    void increment(const QString &name, const QString &labels = {}, qint64 by = 1);

    std::atomic<qint64> openConnections { 0 };
    std::atomic<qint64> openSockets { 0 };
    /** Work begun as the server started that is still running (ServerContext::onceAtStart). */
    std::atomic<qint64> startupWork { 0 };

    QByteArray prometheusText() const;

private:
    static constexpr std::array<double, 11> buckets { 0.001, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                      0.25,  0.5,   1,    2.5,   5 };
    struct Histogram
    {
        std::array<qint64, buckets.size()> counts {};
        qint64 count = 0;
        double sum = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_counters; ///< "name{labels}" -> value
    QHash<QString, Histogram> m_durations; ///< by method
    QElapsedTimer m_uptime;
};

} // namespace wn
