// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace wn {

/**
 * @brief What the public job search worked out lately, kept a few seconds: the totals
 * (counting thousands of matches is the search's dearest part) and whole pages (the landing
 * page and the big states are asked for again and again, by everyone alike). Job and company
 * writes on this instance clear both at once; another instance's writes show within the time to
 * live. Shared by every worker thread.
 */
class SearchCache
{
public:
    /** A time to live of 0 seconds turns that part off. */
    SearchCache(int countSeconds, int pageSeconds);

    /** Changes with every clear(): read it before working something out, and store the result
     *  with it, so that a result read before a change and finished after it is not kept. */
    quint64 generation() const { return m_generation.load(); }

    std::optional<qint64> count(const QString &key) const { return m_counts.find(key); }
    void storeCount(const QString &key, qint64 count, quint64 generation);
    /** A page's response body. */
    std::optional<QByteArray> page(const QString &key) const { return m_pages.find(key); }
    void storePage(const QString &key, const QByteArray &body, quint64 generation);
    /** The jobs changed: forget everything. */
    void clear();

private:
    template<typename T>
    class Shelf
    {
    public:
        Shelf(int ttlSeconds, qsizetype maxEntries)
            : m_ttlMs(qint64(ttlSeconds) * 1000)
            , m_maxEntries(maxEntries)
        {
            m_clock.start();
        }
        std::optional<T> find(const QString &key) const
        {
            if (m_ttlMs <= 0)
                return std::nullopt;
            QMutexLocker lock(&m_mutex);
            const auto found = m_entries.constFind(key);
            if (found == m_entries.constEnd() || m_clock.elapsed() - found->storedMs > m_ttlMs)
                return std::nullopt;
            return found->value;
        }
        /** Stores unless @p current has moved on from @p generation (checked under the lock
         *  that clear() takes too). */
        void store(const QString &key, const T &value, quint64 generation,
                   const std::atomic<quint64> &current)
        {
            if (m_ttlMs <= 0)
                return;
            QMutexLocker lock(&m_mutex);
            if (current.load() != generation)
                return;
            if (m_entries.size() >= m_maxEntries)
                m_entries.clear(); // simpler than an LRU, and rare: the keys are searches people make
            m_entries.insert(key, { value, m_clock.elapsed() });
        }
        void clear()
        {
            QMutexLocker lock(&m_mutex);
            m_entries.clear();
        }

    private:
        struct Entry
        {
            T value;
            qint64 storedMs;
        };
        mutable QMutex m_mutex;
        QHash<QString, Entry> m_entries;
        QElapsedTimer m_clock;
        qint64 m_ttlMs;
        qsizetype m_maxEntries;
    };

    Shelf<qint64> m_counts;
    Shelf<QByteArray> m_pages; // a page of 20 jobs is some 13 KB; 200 pages of 100 jobs 13 MB
    std::atomic<quint64> m_generation { 0 };
};

} // namespace wn
