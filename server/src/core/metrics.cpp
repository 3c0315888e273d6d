// SPDX-License-Identifier: Apache-2.0
#include "metrics.h"

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wn {

Metrics::Metrics()
{
    m_uptime.start();
}

void Metrics::observeRequest(const QString &method, const QString &route, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    ++m_counters[u"wn_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"}"_s
                         .arg(method, route)
                         .arg(status)];
    Histogram &histogram = m_durations[method];
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (seconds <= buckets.at(i))
            ++histogram.counts.at(i);
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void Metrics::increment(const QString &name, const QString &labels, qint64 by)
{
    QMutexLocker lock(&m_mutex);
    m_counters[labels.isEmpty() ? name : name + u'{' + labels + u'}'] += by;
}

QByteArray Metrics::prometheusText() const
{
    QByteArray out;
    out += "# HELP wn_http_requests_total Requests answered, by method, route and status.\n"
           "# TYPE wn_http_requests_total counter\n";
    QMutexLocker lock(&m_mutex);
    QStringList names = m_counters.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        out += name.toUtf8() + ' ' + QByteArray::number(m_counters.value(name)) + '\n';
    out += "# HELP wn_http_request_duration_seconds Time from request to response, by method.\n"
           "# TYPE wn_http_request_duration_seconds histogram\n";
    for (auto it = m_durations.begin(); it != m_durations.end(); ++it) {
        const QByteArray method = it.key().toUtf8();
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            out += "wn_http_request_duration_seconds_bucket{method=\"" + method + "\",le=\""
                    + QByteArray::number(buckets.at(i)) + "\"} "
                    + QByteArray::number(it->counts.at(i)) + '\n';
        }
        out += "wn_http_request_duration_seconds_bucket{method=\"" + method + "\",le=\"+Inf\"} "
                + QByteArray::number(it->count) + '\n';
        out += "wn_http_request_duration_seconds_sum{method=\"" + method + "\"} "
                + QByteArray::number(it->sum) + '\n';
        out += "wn_http_request_duration_seconds_count{method=\"" + method + "\"} "
                + QByteArray::number(it->count) + '\n';
    }
    lock.unlock();

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    qint64 rss = 0;
    QFile statm(u"/proc/self/statm"_s);
    if (statm.open(QIODevice::ReadOnly))
        rss = statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
    out += "# TYPE wn_open_connections gauge\nwn_open_connections "
            + QByteArray::number(openConnections.load()) + '\n';
    out += "# TYPE wn_open_sockets gauge\nwn_open_sockets " + QByteArray::number(openSockets.load())
            + '\n';
    out += "# TYPE wn_startup_work_running gauge\nwn_startup_work_running "
            + QByteArray::number(startupWork.load()) + '\n';
    out += "# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total "
            + QByteArray::number(cpu) + '\n';
    out += "# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes "
            + QByteArray::number(rss) + '\n';
    out += "# TYPE wn_uptime_seconds gauge\nwn_uptime_seconds "
            + QByteArray::number(m_uptime.elapsed() / 1000.0) + '\n';
    return out;
}

} // namespace wn
