// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "searchindex.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace wn {

/**
 * @brief A search over one kind of record (jobs, candidates): its words in a SearchIndex and,
 * beside them, what the filters, facets and sorts read in a @p Table in memory. The subclass
 * keeps the entries the next table is made of, built under the index's writer lock; after each
 * commit the new table is published, and a search reads the one it got without a lock.
 */
template<typename Table>
class SearchTable
{
public:
    virtual ~SearchTable() = default;
    Q_DISABLE_COPY_MOVE(SearchTable)

    SearchIndex &index() { return m_index; }

protected:
    /** The index lives in @p folder; @p source gives its name, format and ids (its refresh,
     *  reset, load and committed are this class's). */
    SearchTable(const QString &folder, SearchIndex::Source source)
        : m_table(std::make_shared<Table>())
        , m_index(folder, wired(std::move(source)))
    { }

    /** Reads @p ids into the entries, and writes their documents into @p writer when there is one
     *  (none when the documents on disk are current and only the entries are loaded at start);
     *  forgets those no longer searchable. */
    virtual void refresh(QSqlDatabase db, Xapian::WritableDatabase *writer, const QList<qint64> &ids)
            = 0;
    /** Forgets every entry, before a rebuild or a load. */
    virtual void forget() = 0;
    /** A table of the entries as they are now. */
    virtual std::shared_ptr<const Table> snapshot() = 0;

    /** The table searches read now. */
    std::shared_ptr<const Table> table()
    {
        QMutexLocker lock(&m_tableMutex);
        return m_table;
    }

private:
    SearchIndex::Source wired(SearchIndex::Source source)
    {
        source.refresh = [this](QSqlDatabase db, Xapian::WritableDatabase &writer,
                                const QList<qint64> &ids) { refresh(db, &writer, ids); };
        source.reset = [this] { forget(); };
        source.load
                = [this](QSqlDatabase db, const QList<qint64> &ids) { refresh(db, nullptr, ids); };
        source.committed = [this] {
            std::shared_ptr<const Table> table = snapshot();
            QMutexLocker lock(&m_tableMutex);
            m_table = std::move(table);
        };
        return source;
    }

    QMutex m_tableMutex;
    std::shared_ptr<const Table> m_table;
    SearchIndex m_index;
};

/** @brief Each entry's place in a table, by the entry's id: ids are dense, so a vector answers
 *  where a hash would cost a lookup per match. */
struct PlacesById
{
    std::vector<int> places; ///< -1 where no entry has the id

    /** The place of @p id, -1 for none. */
    int of(qint64 id) const
    {
        return id >= 0 && id < qint64(places.size()) ? places[size_t(id)] : -1;
    }
    bool contains(qint64 id) const { return of(id) >= 0; }
};

/**
 * @brief What a SearchTable's subclass makes its tables of: an entry per record searchable now
 * (an @p Entry has its record's `id`), and the values their facets name. Built under the index's
 * writer lock, published to searches after each commit.
 */
template<typename Entry, size_t FacetCount>
struct SearchEntries
{
    QHash<qint64, Entry> byId;
    FacetWords<FacetCount> words;

    /** Keeps @p entry for the next table, in place of the one with its id. */
    void keep(const Entry &entry) { byId.insert(entry.id, entry); }
    /** For a refresh: forgets those of @p ids that were not @p found, and drops their documents
     *  from @p writer when there is one (SearchIndex::dropMissing). */
    void dropMissing(Xapian::WritableDatabase *writer, const QList<qint64> &ids,
                     const QSet<qint64> &found)
    {
        SearchIndex::dropMissing(writer, ids, found, [this](qint64 id) { byId.remove(id); });
    }
    /** Forgets every entry (the facets' words stay: they only grow). */
    void clear() { byId.clear(); }

    /** Starts @p table: the entries sorted by @p before, each one's place among them (`position`,
     *  by id), and the facets' words (`shown` and `keys`). */
    template<typename Table, typename Before>
    void fill(Table &table, Before before) const
    {
        table.entries = sortedValues(byId, before);
        qint64 highest = -1;
        for (const Entry &entry : table.entries)
            highest = std::max(highest, entry.id);
        table.position.places.assign(size_t(highest + 1), -1);
        for (size_t i = 0; i < table.entries.size(); ++i)
            table.position.places[size_t(table.entries[i].id)] = int(i);
        table.shown = words.shown;
        table.keys = words.keys;
    }
};

} // namespace wn
