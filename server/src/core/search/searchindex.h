// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <xapian.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace wn {

/** @brief One row of `search_changes`: a record whose search document must be looked at again. */
struct SearchChange
{
    qint64 id = 0;
    QString kind; ///< "job", "company", "skill"
    qint64 recordId = 0;
};

/**
 * @brief A search index derived from the database, kept in a folder beside it: the words of a
 * kind of record (stemmed, ranked with BM25, with spelling suggestions), and whatever its source
 * keeps in memory beside them. The database stays the truth. Triggers note every write that matters
 * in `search_changes`; the index remembers the last change it applied and, before each search,
 * applies the ones since, so a write on any instance is seen by the next search on every instance.
 * An index that is missing, of another format, or behind changes that were pruned is built again
 * from the database.
 *
 * One writer at a time (a mutex); searches read from a pool of readers, each reopened when the
 * writer has committed since it was last used. Shared by every worker thread.
 */
class SearchIndex
{
public:
    /** How a kind of record turns into documents: given to the index by the module that owns it. */
    struct Source
    {
        /** Folder name and format: a new format rebuilds the index. */
        QString name;
        int format = 1;
        /** Writes the documents of @p ids (deleting those no longer searchable) into @p writer. */
        std::function<void(QSqlDatabase db, Xapian::WritableDatabase &writer,
                           const QList<qint64> &ids)>
                refresh;
        /** Every id that has a document, for a rebuild, in pages after @p afterId. */
        std::function<QList<qint64>(QSqlDatabase db, qint64 afterId, int limit)> allIds;
        /** The ids a change touches (a company's jobs, a skill's jobs, or the job itself). */
        std::function<QList<qint64>(QSqlDatabase db, const SearchChange &change)> idsOf;
        /**
         * What the source keeps in memory beside the documents (optional): @p reset forgets it
         * (before a rebuild or a load), @p load reads @p ids into it when the documents on disk
         * are current at start, and @p committed publishes it to readers after each commit.
         */
        std::function<void()> reset;
        std::function<void(QSqlDatabase db, const QList<qint64> &ids)> load;
        std::function<void()> committed;
    };

    SearchIndex(QString folder, Source source);
    ~SearchIndex();
    Q_DISABLE_COPY_MOVE(SearchIndex)

    /**
     * Opens the index, builds it again when it is missing, stale or of another format, and applies
     * the changes noted since it last did: call before reading it. Cheap when nothing changed
     * (one indexed query). Throws DatabaseError when the database cannot be read.
     */
    void catchUp(QSqlDatabase db);

    /** A reader for one search; given back when it goes out of scope. */
    class Reader
    {
    public:
        ~Reader();
        Reader(Reader &&other) noexcept;
        Q_DISABLE_COPY(Reader)
        Xapian::Database &database() { return *m_database; }

    private:
        friend class SearchIndex;
        Reader(SearchIndex *index, std::unique_ptr<Xapian::Database> database, quint64 revision);
        SearchIndex *m_index;
        std::unique_ptr<Xapian::Database> m_database;
        quint64 m_revision;
    };
    Reader reader();

    /**
     * The documents @p words find (every word required, the last also as the start of a word
     * still being typed; no operators), best first by BM25 unless @p anyOrder (then in no order,
     * and much cheaper: nothing is weighed or sorted). When none is found, @p suggestion gets the
     * words as the spelling data says they were probably meant.
     */
    QList<qint64> matchWords(const QString &words, bool anyOrder, QString *suggestion);

    /**
     * The first @p count documents @p words find, best first by BM25 (the newest id first on the
     * same weight), among those @p keep accepts: a page of a ranked search without ranking every
     * match (the index keeps only the best it has seen).
     */
    QList<qint64> bestMatches(const QString &words, int count,
                              const std::function<bool(qint64)> &keep);

    /** The words (terms without a prefix) at least @p minDocuments and at most @p maxDocuments
     *  documents have, the @p most frequent of them, most frequent first. */
    QStringList frequentWords(quint32 minDocuments, quint32 maxDocuments, int most);

    /**
     * For a source's refresh: drops the documents of @p ids that were not @p found (no longer
     * searchable) from @p writer (when there is one), and calls @p forget with each.
     */
    static void dropMissing(Xapian::WritableDatabase *writer, const QList<qint64> &ids,
                            const QSet<qint64> &found, const std::function<void(qint64)> &forget);

    /** Documents in the index now. */
    quint64 documentCount();

    /** The change up to which every change in `search_changes` is applied (or was rolled back):
     *  how far a reader that follows the changes behind the index may go. */
    qint64 appliedChange() const { return m_applied.load(); }

private:
    void catchUpLocked(QSqlDatabase db);
    void open(QSqlDatabase db);
    void rebuild(QSqlDatabase db);
    /** Hands @p use every id the source has a document for, a page at a time. */
    void forEveryId(QSqlDatabase db, const std::function<void(const QList<qint64> &)> &use);
    void apply(QSqlDatabase db, const QList<SearchChange> &changes);
    void commit();
    /** Runs @p work on an enquiry for @p words (SearchIndex::matchWords' query) with a reader of
     *  its own; a Xapian error becomes a DatabaseError naming the index. */
    void enquire(const QString &words,
                 const std::function<void(Xapian::Enquire &, Xapian::QueryParser &,
                                          Xapian::Database &)> &work);

    const QString m_folder;
    const Source m_source;
    QMutex m_writeMutex;
    std::unique_ptr<Xapian::WritableDatabase> m_writer;
    std::atomic<qint64> m_applied { 0 };
    /** Changes above m_applied already applied, while a lower one is still to commit. */
    QSet<qint64> m_appliedAbove;
    /** When each missing change was first seen missing: one missing long was rolled back. */
    QHash<qint64, qint64> m_missingSince;
    qint64 m_lastSeen = 0;
    std::atomic<quint64> m_revision { 0 };

    QMutex m_poolMutex;
    std::vector<std::pair<std::unique_ptr<Xapian::Database>, quint64>> m_pool;
};

/**
 * @brief The values a source's facets take, each numbered as it is first met (grow-only), so that
 * an entry of a table in memory holds a small number per facet.
 */
template<size_t Count>
struct FacetWords
{
    std::array<QStringList, Count> shown; ///< a value as the records write it
    std::array<QHash<QString, int>, Count> keys; ///< the value as a filter names it → its number

    /** The number of @p key under @p facet, added (shown as @p shownAs) when new; -1 for none. */
    int wordOf(size_t facet, const QString &key, const QString &shownAs)
    {
        if (key.isEmpty())
            return -1;
        const auto found = keys[facet].constFind(key);
        if (found != keys[facet].constEnd())
            return *found;
        const int number = int(shown[facet].size());
        shown[facet].append(shownAs);
        keys[facet].insert(key, number);
        return number;
    }
};

/** The values of @p entries (a source's table in memory) in a vector, sorted by @p before. */
template<typename Entry, typename Before>
std::vector<Entry> sortedValues(const QHash<qint64, Entry> &entries, Before before)
{
    std::vector<Entry> sorted;
    sorted.reserve(size_t(entries.size()));
    for (const Entry &entry : entries)
        sorted.push_back(entry);
    std::sort(sorted.begin(), sorted.end(), before);
    return sorted;
}

/** A stored time (ISO 8601) in seconds since the epoch, for a table's sorts; 0 when none. */
double secondsOf(const QString &time);

/** A term generator for a source's documents: English stems, and the spelling data of
 *  @p writer when there is one. */
Xapian::TermGenerator documentWords(Xapian::WritableDatabase *writer);

} // namespace wn
