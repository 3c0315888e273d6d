// SPDX-License-Identifier: Apache-2.0
#include "jobtable.h"

#include <algorithm>
#include <numeric>

namespace wn {

namespace {

using enum JobIndex::Facet;
using Entry = JobIndex::Entry;

/** Newest first; the later id first on the same second. */
bool newerThan(const JobIndex::Entry &a, const JobIndex::Entry &b)
{
    return a.published != b.published ? a.published > b.published : a.id > b.id;
}

/** Counts the job at @p at into @p counts. */
void countIn(const JobTable &table, int at, JobTable::Counts &counts)
{
    for (int f = 0; f < Country; ++f) { // the country is not counted
        const quint16 value = table.valueOf[f][size_t(at)];
        if (value != JobTable::noValue)
            ++counts.perFacet[f][value];
    }
    for (quint8 s = 0; s < table.paySteps[size_t(at)]; ++s)
        ++counts.payingAtLeast[s];
}

/** Counts with a zero for each value of each counted facet of @p table. */
JobTable::Counts noCounts(const JobTable &table)
{
    JobTable::Counts counts;
    for (int f = 0; f < Country; ++f) // the country is not counted
        counts.perFacet[f].assign(size_t(table.shown[f].size()), 0);
    return counts;
}

/** Prepares in @p table the search of each word at least @p minJobs jobs have. A word more than
 *  half of them have ("the", "and") is left to the index: it tells one job from another too
 *  little to be searched alone, and preparing it would cost the most. */
void prepareWords(JobTable &table, SearchIndex &index, quint32 minJobs)
{
    const auto half = quint32(table.entries.size() / 2);
    for (const QString &word : index.frequentWords(minJobs, half, JobTable::preparedWords)) {
        JobTable::Prepared prepared;
        prepared.counts = noCounts(table);
        for (qint64 id : index.matchWords(word, true, nullptr)) {
            const int at = table.position.of(id);
            if (at < 0)
                continue;
            prepared.places.push_back(at);
            countIn(table, at, prepared.counts);
        }
        std::sort(prepared.places.begin(), prepared.places.end());
        for (qint64 id : index.bestMatches(word, JobTable::preparedBest,
                                           [&](qint64 id) { return table.position.contains(id); }))
            prepared.best.push_back(table.position.of(id));
        table.prepared.insert(word, std::move(prepared));
    }
}

} // namespace

/** The best paid first (none last); the later id first on the same pay. */
bool inSalaryOrder(const JobIndex::Entry &a, const JobIndex::Entry &b)
{
    return a.salaryMax != b.salaryMax ? a.salaryMax > b.salaryMax : a.id > b.id;
}

/** The nearest deadline first (none last); the later id first on the same day. */
bool inDeadlineOrder(const JobIndex::Entry &a, const JobIndex::Entry &b)
{
    return a.deadline != b.deadline ? a.deadline < b.deadline : a.id > b.id;
}

std::shared_ptr<const JobTable> JobTable::of(
        const SearchEntries<JobIndex::Entry, JobIndex::FacetCount> &entries, SearchIndex *words,
        quint32 minJobs)
{
    using Table = JobTable;
    auto table = std::make_shared<Table>();
    entries.fill(*table, newerThan);
    const int count = int(table->entries.size());
    for (int f = 0; f < FacetCount; ++f) {
        table->withValue[f].resize(size_t(table->shown[f].size()));
        table->withinValue[f].assign(size_t(table->shown[f].size()), noCounts(*table));
    }
    for (auto &column : table->valueOf)
        column.resize(size_t(count));
    table->publishedAt.resize(size_t(count));
    table->paySteps.resize(size_t(count));
    table->salaryMax.resize(size_t(count));
    table->salaryMin.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        const Entry &e = table->entries[size_t(i)];
        for (int f = 0; f < FacetCount; ++f)
            table->valueOf[f][size_t(i)] = e.facets[f] >= 0 ? quint16(e.facets[f]) : Table::noValue;
        table->publishedAt[size_t(i)] = quint32(std::max(0.0, e.published));
        table->paySteps[size_t(i)]
                = quint8(std::count_if(salarySteps.begin(), salarySteps.end(),
                                       [&](double step) { return e.salaryMax >= step; }));
        table->salaryMax[size_t(i)] = e.salaryMax;
        table->salaryMin[size_t(i)] = e.salaryMin;
        for (int f = 0; f < FacetCount; ++f) {
            if (e.facets[f] < 0)
                continue;
            table->withValue[f][size_t(e.facets[f])].push_back(i);
            countIn(*table, i, table->withinValue[f][size_t(e.facets[f])]);
        }
        for (qint64 skill : e.skills)
            table->withSkill[skill].push_back(i);
        table->ofCompany[e.company].push_back(i);
        for (size_t s = 0; s < salarySteps.size(); ++s)
            table->payingAtLeast[s] += e.salaryMax >= salarySteps[s] ? 1 : 0;
    }
    table->bySalary.resize(size_t(count));
    std::iota(table->bySalary.begin(), table->bySalary.end(), 0);
    table->byDeadline = table->bySalary;
    const std::vector<Entry> &all = table->entries;
    std::stable_sort(table->bySalary.begin(), table->bySalary.end(),
                     [&](int a, int b) { return inSalaryOrder(all[size_t(a)], all[size_t(b)]); });
    std::stable_sort(table->byDeadline.begin(), table->byDeadline.end(),
                     [&](int a, int b) { return inDeadlineOrder(all[size_t(a)], all[size_t(b)]); });
    if (words && minJobs > 0)
        prepareWords(*table, *words, minJobs);
    return table;
}

} // namespace wn
