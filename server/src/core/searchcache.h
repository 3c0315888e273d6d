// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace wn {

/**
 * @brief Totals of the public job search, kept a few seconds: counting thousands of matches is
 * the search's dearest part, and the same searches (the landing page, the big states) come
 * again and again. Job and company writes on this instance clear it; another instance's writes
 * show within the time to live. Shared by every worker thread.
 */
class CountCache
{
public:
    /** @p ttlSeconds 0 turns the cache off. */
    explicit CountCache(int ttlSeconds);

    std::optional<qint64> find(const QString &key) const;
    void store(const QString &key, qint64 count);
    void clear();

private:
    struct Entry
    {
        qint64 count;
        qint64 storedMs;
    };
    static constexpr qsizetype maxEntries = 2000;

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    QElapsedTimer m_clock;
    qint64 m_ttlMs;
};

} // namespace wn
