// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobindex.h"

#include <array>
#include <memory>
#include <vector>

namespace wn {

/** The pay the salary facet counts jobs at or above, as the salary_min filter does. */
inline constexpr std::array<double, 5> salarySteps { 50000, 100000, 250000, 500000, 1000000 };
/** The periods the posted facet counts jobs within, in seconds. */
inline constexpr std::array<double, 3> postedWithin { 86400, 7 * 86400, 30 * 86400 };

/** The best paid first (none last); the later id first on the same pay. */
bool inSalaryOrder(const JobIndex::Entry &a, const JobIndex::Entry &b);
/** The nearest deadline first (none last); the later id first on the same day. */
bool inDeadlineOrder(const JobIndex::Entry &a, const JobIndex::Entry &b);

/** A snapshot searches read while the writer builds the next one. */
struct JobTable
{
    /** The table of @p entries as they are now; with @p words, the searches of the words at
     *  least @p minJobs of them have are prepared from it (see `prepared`). */
    static std::shared_ptr<const JobTable> of(
            const SearchEntries<JobIndex::Entry, JobIndex::FacetCount> &entries,
            SearchIndex *words = nullptr, quint32 minJobs = 0);

    using Entry = JobIndex::Entry;
    static constexpr int FacetCount = JobIndex::FacetCount;

    std::vector<Entry> entries; ///< newest first
    PlacesById position;
    std::array<QStringList, FacetCount> shown; ///< a facet value as the jobs write it
    std::array<QHash<QString, int>, FacetCount> keys; ///< the value as a filter names it → index
    /** Places of the jobs with each facet value, each skill, each company, newest first: a
     *  filter walks its own list instead of every job, and its length is the value's count. */
    std::array<std::vector<std::vector<int>>, FacetCount> withValue;
    QHash<qint64, std::vector<int>> withSkill;
    QHash<qint64, std::vector<int>> ofCompany;
    /** Places in the other orders, for a search without filters. */
    std::vector<int> bySalary;
    std::vector<int> byDeadline;
    /** How many pay at least each of salarySteps. */
    std::array<qint64, salarySteps.size()> payingAtLeast {};
    /** The counts a search filtered by one facet's value alone answers with, made with the table
     *  (as the lists' lengths are the counts of a search without filters): per facet and value,
     *  each facet's counts among its jobs and how many of them pay at least each step. */
    struct Counts
    {
        std::array<std::vector<qint64>, FacetCount> perFacet;
        std::array<qint64, salarySteps.size()> payingAtLeast {};
    };
    std::array<std::vector<Counts>, FacetCount> withinValue;

    /** A frequent word's search, prepared with the table from the index's own answers to it
     *  (SearchIndex::matchWords and bestMatches, the very calls a search of it makes): searching
     *  such a word reads no posting list and weighs nothing. */
    struct Prepared
    {
        std::vector<int> places; ///< every job the word finds, newest first
        std::vector<int> best; ///< the first `preparedBest` of them by relevance, best first
        Counts counts; ///< the facet counts among them
    };
    static constexpr int preparedBest = 200; ///< ten pages of twenty
    static constexpr int preparedWords = 64; ///< the most frequent words, at the most
    QHash<QString, Prepared> prepared; ///< by the word as the index writes it

    /** What a search reads of every match, a column each, by place: a search visits thousands
     *  of places scattered over the table, and a column of two or four bytes a job stays in the
     *  processor's cache where whole entries (with their skills) do not. */
    static constexpr quint16 noValue = 0xffff;
    std::array<std::vector<quint16>, FacetCount> valueOf; ///< Entry::facets, noValue for -1
    std::vector<quint32> publishedAt; ///< seconds since the epoch
    std::vector<quint8> paySteps; ///< how many of salarySteps the job pays at least
    std::vector<double> salaryMax; ///< Entry::salaryMax
    std::vector<double> salaryMin; ///< Entry::salaryMin
};

} // namespace wn
