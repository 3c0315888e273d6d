// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/search/searchtable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <memory>
#include <optional>

namespace wn {

struct ServerContext;
struct JobTable;

/** @brief One page of the public job search, as the index answers it. */
struct JobMatches
{
    QList<qint64> ids; ///< the page, in order
    qint64 total = 0; ///< every match, exactly
    /** Counts beside the results, within them: per state, job type, work mode, career level and
     *  industry; and how many pay at least each amount and were posted within a day, week, month. */
    QJsonObject facets;
    /** The words as they are probably meant, when some word is found nowhere ("analist"). */
    QString suggestion;
};

/**
 * @brief The published jobs, searchable: their words in a Xapian index (the title weighted above
 * the summary, description, requirements, company and skills; stemmed in English; with spelling
 * data), and what the filters, facets and sorts read in a compact table in memory, ordered newest
 * first. A search takes the jobs its words match from the index (or every job), keeps those that
 * pass the filters while counting the facets, and pages through them in the order asked: exact
 * totals and counts without reading a row of the database. A job is in it while it is published,
 * not deleted, and its company is not deleted.
 */
class JobIndex : public SearchTable<JobTable>
{
public:
    explicit JobIndex(ServerContext &context);
    ~JobIndex() override;

    /** The page of @p query (the public search's parameters); catches up with writes first. */
    JobMatches search(const QJsonObject &query, int page, int limit);

    /** The cards of the jobs @p ids (a page search() answered) as JSON, from their documents,
     *  in that order; none when a document lacks its card. */
    std::optional<QList<QByteArray>> cards(const QList<qint64> &ids);

    /** The facets a job is counted under, in this order (country is a filter only). */
    enum Facet { State, JobType, WorkMode, CareerLevel, Industry, Country, FacetCount };
    static constexpr std::array<int, FacetCount> noFacets()
    {
        std::array<int, FacetCount> none {};
        none.fill(-1);
        return none;
    }

    /** What the filters and sorts read of one job. */
    struct Entry
    {
        qint64 id = 0;
        double published = 0; ///< seconds since the epoch
        double salaryMax = -1; ///< -1: not given
        double salaryMin = -1;
        double deadline = 0; ///< seconds since the epoch; none sorts after every date
        qint64 company = 0;
        /** Per Facet, the index of the job's value in the table's words; -1 for none. */
        std::array<int, FacetCount> facets = noFacets();
        QVarLengthArray<qint64, 4> skills;
    };
    using Table = JobTable;

private:
    void refresh(QSqlDatabase db, Xapian::WritableDatabase *writer,
                 const QList<qint64> &ids) override;
    void forget() override { m_entries.clear(); }
    std::shared_ptr<const Table> snapshot() override;

    ServerContext &m_context;
    SearchEntries<Entry, FacetCount> m_entries;
};

} // namespace wn
