// SPDX-License-Identifier: Apache-2.0
#include "searchindex.h"

#include "core/database.h"
#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QMutexLocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** A change missing this long below one that committed was rolled back: it never will. */
constexpr qint64 abandonAfterMs = 5000;
/** Changes read at a time while catching up, and documents written at a time. */
constexpr int changesPerRead = 5000;
constexpr int idsPerRefresh = 500;
/** The newest changes kept for instances that were away; one further behind builds again. */
constexpr qint64 changesKept = 100000;

std::string metadataKey(const char *key)
{
    return std::string("wn.") + key;
}

} // namespace

SearchIndex::SearchIndex(QString folder, Source source)
    : m_folder(std::move(folder))
    , m_source(std::move(source))
{ }

SearchIndex::~SearchIndex() = default;

void SearchIndex::catchUp(QSqlDatabase db)
{
    QMutexLocker lock(&m_writeMutex);
    try {
        catchUpLocked(db);
    } catch (const Xapian::Error &error) {
        // Xapian's errors are not standard exceptions: the caller sees a failed statement.
        m_writer.reset(); // opened again, and checked, by the next search
        throw DatabaseError(u"the search index %1: %2"_s.arg(
                m_source.name, QString::fromStdString(error.get_description())));
    }
}

void SearchIndex::catchUpLocked(QSqlDatabase db)
{
    if (!m_writer)
        open(db);
    const qint64 latest
            = Sql(db, u"SELECT COALESCE(MAX(id), 0) FROM search_changes"_s).scalar().toLongLong();
    if (latest == m_lastSeen && m_missingSince.isEmpty())
        return;
    if (latest < m_applied.load()) {
        // The database went back (restored from a backup): the index knows a future.
        rebuild(db);
        return;
    }
    bool more = true;
    while (more) {
        Sql read(db,
                 u"SELECT id, kind, record_id FROM search_changes WHERE id > :after ORDER BY id "
                 u"LIMIT :limit"_s);
        read.bind(u":after"_s, m_applied.load()).bind(u":limit"_s, changesPerRead).exec();
        QList<SearchChange> changes;
        while (read.next()) {
            const qint64 id = read.id(u"id"_s);
            if (!m_appliedAbove.contains(id))
                changes.append({ id, read.text(u"kind"_s), read.id(u"record_id"_s) });
        }
        apply(db, changes);
        for (const SearchChange &change : std::as_const(changes))
            m_appliedAbove.insert(change.id);
        // The applied mark moves up through changes that are in; a missing one holds it until it
        // commits or is plainly rolled back.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 applied = m_applied.load();
        qint64 highest = applied;
        for (qint64 id : std::as_const(m_appliedAbove))
            highest = std::max(highest, id);
        while (applied < highest) {
            const qint64 next = applied + 1;
            if (m_appliedAbove.remove(next)) {
                m_missingSince.remove(next);
                applied = next;
                continue;
            }
            const qint64 since = m_missingSince.value(next, now);
            m_missingSince.insert(next, since);
            if (now - since < abandonAfterMs)
                break;
            m_missingSince.remove(next);
            applied = next;
        }
        m_applied = applied;
        more = changes.size() == changesPerRead;
    }
    m_lastSeen = latest;
    commit();
}

void SearchIndex::open(QSqlDatabase db)
{
    m_appliedAbove.clear();
    m_missingSince.clear();
    QDir().mkpath(m_folder);
    try {
        m_writer = std::make_unique<Xapian::WritableDatabase>(m_folder.toStdString(),
                                                              Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError &) {
        throw; // another process has it: nothing here to repair
    } catch (const Xapian::DatabaseError &error) {
        qCWarning(lcServer) << "the search index" << m_source.name
                            << "is damaged and is built again:" << error.get_description().c_str();
        m_writer = std::make_unique<Xapian::WritableDatabase>(m_folder.toStdString(),
                                                              Xapian::DB_CREATE_OR_OVERWRITE);
    }
    Sql bounds(db,
               u"SELECT COALESCE(MIN(id), 0) AS oldest, COALESCE(MAX(id), 0) AS latest "
               u"FROM search_changes"_s);
    const SqlRow row = bounds.single();
    const qint64 oldest = row.id(u"oldest"_s);
    const qint64 latest = row.id(u"latest"_s);
    if (latest - oldest > 2 * changesKept) {
        Sql(db, u"DELETE FROM search_changes WHERE id < :below"_s)
                .bind(u":below"_s, latest - changesKept)
                .exec();
    }
    const std::string format = m_writer->get_metadata(metadataKey("format"));
    const std::string applied = m_writer->get_metadata(metadataKey("applied"));
    const qint64 appliedChange = applied.empty() ? -1 : std::stoll(applied);
    const bool current = format == std::to_string(m_source.format) && appliedChange >= 0
            && appliedChange <= latest && (oldest == 0 || oldest <= appliedChange + 1);
    if (!current) {
        rebuild(db);
        return;
    }
    m_applied = appliedChange;
    m_lastSeen = appliedChange;
    if (m_source.load) {
        m_source.reset();
        forEveryId(db, [&](const QList<qint64> &ids) { m_source.load(db, ids); });
        m_source.committed();
    }
}

void SearchIndex::forEveryId(QSqlDatabase db, const std::function<void(const QList<qint64> &)> &use)
{
    qint64 after = 0;
    for (;;) {
        const QList<qint64> ids = m_source.allIds(db, after, idsPerRefresh);
        if (ids.isEmpty())
            break;
        use(ids);
        after = ids.last();
    }
}

void SearchIndex::rebuild(QSqlDatabase db)
{
    QElapsedTimer clock;
    clock.start();
    // Changes after this one are applied by the catch-up that follows, so none is lost to a
    // write made while the index was being built.
    const qint64 latest
            = Sql(db, u"SELECT COALESCE(MAX(id), 0) FROM search_changes"_s).scalar().toLongLong();
    m_writer.reset();
    m_writer = std::make_unique<Xapian::WritableDatabase>(m_folder.toStdString(),
                                                          Xapian::DB_CREATE_OR_OVERWRITE);
    if (m_source.reset)
        m_source.reset();
    forEveryId(db, [&](const QList<qint64> &ids) { m_source.refresh(db, *m_writer, ids); });
    m_applied = latest;
    m_lastSeen = latest;
    m_appliedAbove.clear();
    m_missingSince.clear();
    commit();
    qCInfo(lcServer).noquote() << u"search index %1 built: %2 documents in %3 ms"_s.arg(
            m_source.name, QString::number(m_writer->get_doccount()),
            QString::number(clock.elapsed()));
}

void SearchIndex::apply(QSqlDatabase db, const QList<SearchChange> &changes)
{
    QSet<qint64> touched;
    for (const SearchChange &change : changes) {
        const QList<qint64> ids = m_source.idsOf(db, change);
        for (qint64 id : ids)
            touched.insert(id);
    }
    QList<qint64> ids(touched.begin(), touched.end());
    std::sort(ids.begin(), ids.end());
    for (qsizetype start = 0; start < ids.size(); start += idsPerRefresh)
        m_source.refresh(db, *m_writer, ids.mid(start, idsPerRefresh));
}

void SearchIndex::commit()
{
    m_writer->set_metadata(metadataKey("format"), std::to_string(m_source.format));
    m_writer->set_metadata(metadataKey("applied"), std::to_string(m_applied.load()));
    m_writer->commit();
    ++m_revision;
    if (m_source.committed)
        m_source.committed();
}

SearchIndex::Reader SearchIndex::reader()
{
    const quint64 revision = m_revision.load();
    std::unique_ptr<Xapian::Database> database;
    quint64 openedAt = 0;
    {
        QMutexLocker lock(&m_poolMutex);
        if (!m_pool.empty()) {
            auto kept = std::move(m_pool.back());
            m_pool.pop_back();
            database = std::move(kept.first);
            openedAt = kept.second;
        }
    }
    if (database && openedAt != revision) {
        try {
            database->reopen();
        } catch (const Xapian::Error &) {
            database.reset(); // too far behind to reopen: open afresh
        }
    }
    try {
        if (!database)
            database = std::make_unique<Xapian::Database>(m_folder.toStdString());
    } catch (const Xapian::Error &error) {
        throw DatabaseError(u"the search index %1: %2"_s.arg(
                m_source.name, QString::fromStdString(error.get_description())));
    }
    return Reader(this, std::move(database), revision);
}

namespace {

/** Words as a search's query: every word required, the last also as the start of a word still
 *  being typed; no operators, quotes or wildcards a visitor could trip on. */
Xapian::Query parsedWords(Xapian::QueryParser &parser, Xapian::Database &db, const QString &words)
{
    parser.set_stemmer(Xapian::Stem("english"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_database(db);
    parser.set_default_op(Xapian::Query::OP_AND);
    // In lower case: a capital would keep a word from being stemmed ("Analysts" would not find
    // "analyst"), and "Analyst" is the same search as "analyst".
    return parser.parse_query(words.toLower().toStdString(), Xapian::QueryParser::FLAG_PARTIAL);
}

/** Every document a match visits, in the order it visits them. */
class EveryMatch : public Xapian::MatchSpy
{
public:
    void operator()(const Xapian::Document &doc, double) override
    {
        ids.append(qint64(doc.get_docid()));
    }
    QList<qint64> ids;
};

class KeptBy : public Xapian::MatchDecider
{
public:
    explicit KeptBy(const std::function<bool(qint64)> &keep)
        : m_keep(keep)
    { }
    bool operator()(const Xapian::Document &doc) const override
    {
        return m_keep(qint64(doc.get_docid()));
    }

private:
    const std::function<bool(qint64)> &m_keep;
};

/** The documents of @p matches, in their order. */
QList<qint64> idsOf(const Xapian::MSet &matches)
{
    QList<qint64> ids;
    ids.reserve(qsizetype(matches.size()));
    for (auto it = matches.begin(); it != matches.end(); ++it)
        ids.append(qint64(*it));
    return ids;
}

} // namespace

void SearchIndex::enquire(
        const QString &words,
        const std::function<void(Xapian::Enquire &, Xapian::QueryParser &, Xapian::Database &)> &work)
{
    try {
        Reader reader = this->reader();
        Xapian::Database &db = reader.database();
        Xapian::QueryParser parser;
        Xapian::Enquire enquire(db);
        enquire.set_query(parsedWords(parser, db, words));
        work(enquire, parser, db);
    } catch (const Xapian::Error &error) {
        throw DatabaseError(u"the search index %1: %2"_s.arg(
                m_source.name, QString::fromStdString(error.get_description())));
    }
}

QList<qint64> SearchIndex::matchWords(const QString &words, bool anyOrder, QString *suggestion)
{
    QList<qint64> ids;
    enquire(words, [&](Xapian::Enquire &enquire, Xapian::QueryParser &parser, Xapian::Database &db) {
        if (anyOrder) {
            // Only which documents: a spy sees each match, and no result set is built.
            EveryMatch every;
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            enquire.add_matchspy(&every);
            enquire.get_mset(0, 0, db.get_doccount());
            ids = std::move(every.ids);
        } else {
            enquire.set_docid_order(Xapian::Enquire::DESCENDING);
            ids = idsOf(enquire.get_mset(0, db.get_doccount()));
        }
        if (ids.isEmpty() && suggestion) {
            // Nothing found: the words as they are probably meant, the last one taken whole.
            parser.parse_query(words.toLower().toStdString(),
                               Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
            *suggestion = QString::fromStdString(parser.get_corrected_query_string());
        }
    });
    return ids;
}

QList<qint64> SearchIndex::bestMatches(const QString &words, int count,
                                       const std::function<bool(qint64)> &keep)
{
    QList<qint64> ids;
    enquire(words, [&](Xapian::Enquire &enquire, Xapian::QueryParser &, Xapian::Database &) {
        enquire.set_docid_order(Xapian::Enquire::DESCENDING);
        KeptBy kept(keep);
        ids = idsOf(enquire.get_mset(0, Xapian::doccount(std::max(count, 0)), 0, nullptr, &kept));
    });
    return ids;
}

QStringList SearchIndex::frequentWords(quint32 minDocuments, quint32 maxDocuments, int most)
{
    std::vector<std::pair<Xapian::doccount, std::string>> found;
    try {
        Reader reader = this->reader();
        Xapian::Database &db = reader.database();
        for (auto term = db.allterms_begin(); term != db.allterms_end(); ++term) {
            const std::string &word = *term;
            // A capital starts a prefix (Z: a stem); the words are in lower case.
            if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')
                || term.get_termfreq() < minDocuments || term.get_termfreq() > maxDocuments)
                continue;
            found.emplace_back(term.get_termfreq(), word);
        }
    } catch (const Xapian::Error &error) {
        throw DatabaseError(u"the search index %1: %2"_s.arg(
                m_source.name, QString::fromStdString(error.get_description())));
    }
    const auto end = found.begin() + std::min<qsizetype>(most, qsizetype(found.size()));
    std::partial_sort(found.begin(), end, found.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList words;
    for (auto it = found.begin(); it != end; ++it)
        words.append(QString::fromStdString(it->second));
    return words;
}

void SearchIndex::dropMissing(Xapian::WritableDatabase *writer, const QList<qint64> &ids,
                              const QSet<qint64> &found, const std::function<void(qint64)> &forget)
{
    for (qint64 id : ids) {
        if (found.contains(id))
            continue;
        forget(id);
        if (!writer)
            continue;
        try {
            writer->delete_document(Xapian::docid(id));
        } catch (const Xapian::DocNotFoundError &) {
            // never was searchable
        }
    }
}

quint64 SearchIndex::documentCount()
{
    return reader().database().get_doccount();
}

SearchIndex::Reader::Reader(SearchIndex *index, std::unique_ptr<Xapian::Database> database,
                            quint64 revision)
    : m_index(index)
    , m_database(std::move(database))
    , m_revision(revision)
{ }

SearchIndex::Reader::Reader(Reader &&other) noexcept
    : m_index(std::exchange(other.m_index, nullptr))
    , m_database(std::move(other.m_database))
    , m_revision(other.m_revision)
{ }

SearchIndex::Reader::~Reader()
{
    if (!m_index || !m_database)
        return;
    QMutexLocker lock(&m_index->m_poolMutex);
    m_index->m_pool.emplace_back(std::move(m_database), m_revision);
}

double secondsOf(const QString &time)
{
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODateWithMs);
    return parsed.isValid() ? double(parsed.toSecsSinceEpoch()) : 0;
}

Xapian::TermGenerator documentWords(Xapian::WritableDatabase *writer)
{
    Xapian::TermGenerator words;
    words.set_stemmer(Xapian::Stem("english"));
    if (writer)
        words.set_database(*writer); // for the spelling suggestions
    return words;
}

} // namespace wn
