// SPDX-License-Identifier: Apache-2.0
#include "jobindex.h"
#include "jobtable.h"

#include "jobsservice.h"

#include "core/database.h"
#include "core/logging.h"
#include "core/metrics.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"

#include <wn/common/json.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <numeric>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

using Facet = JobIndex::Facet;
using enum JobIndex::Facet;

const std::array<QString, FacetCount> &facetNames()
{
    static const std::array<QString, FacetCount> names { u"state"_s,     u"job_type"_s,
                                                         u"work_mode"_s, u"career_level"_s,
                                                         u"industry"_s,  u"country"_s };
    return names;
}

constexpr double noDeadline = 1e12;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

double dayOf(const QString &date)
{
    const QDate parsed = QDate::fromString(date, Qt::ISODate);
    return parsed.isValid() ? double(parsed.startOfDay(Qt::UTC).toSecsSinceEpoch()) : noDeadline;
}

QList<qint64> publishedIds(QSqlDatabase db, qint64 afterId, int limit)
{
    return Sql(db,
               u"SELECT id FROM jobs WHERE id > :after AND status = 'published' "
               u"AND deleted_at IS NULL ORDER BY id LIMIT :limit"_s)
            .bind(u":after"_s, afterId)
            .bind(u":limit"_s, limit)
            .exec()
            .takeIds();
}

QList<qint64> jobsTouchedBy(QSqlDatabase db, const SearchChange &change)
{
    if (change.kind == u"company"_s) {
        return Sql(db, u"SELECT id FROM jobs WHERE company_id = :id"_s)
                .bind(u":id"_s, change.recordId)
                .exec()
                .takeIds();
    }
    if (change.kind == u"skill"_s) {
        return Sql(db, u"SELECT job_id FROM job_skills WHERE skill_id = :id"_s)
                .bind(u":id"_s, change.recordId)
                .exec()
                .takeIds();
    }
    if (change.kind == u"job"_s)
        return { change.recordId };
    return {}; // another index's kind (a talent)
}

/**
 * The job's card as the search serves it, kept in its document: a page of results reads no row
 * and parses no JSON. Three lines: the company's logo key (made a URL when served, as the public
 * address may change), the company's JSON without its logo, and the rest of the card's JSON
 * without its company; compact JSON holds no line break.
 */
std::string cardData(const Sql &row, const JobsService::Skills &skills, const Storage &storage)
{
    QJsonObject card = JobsService::cardOf(row, storage, skills).toJson();
    QJsonObject company = card.take(u"company"_s).toObject();
    company.remove(u"logo_url"_s);
    return (row.text(u"logo_key"_s).toUtf8() + '\n' + json::compact(company) + '\n'
            + json::compact(card))
            .toStdString();
}

/** @p text as a JSON string, null when empty. */
QByteArray jsonString(const QString &text)
{
    if (text.isEmpty())
        return "null";
    const QByteArray inArray = json::compact(QJsonArray { text });
    return inArray.mid(1, inArray.size() - 2);
}

} // namespace

JobIndex::JobIndex(ServerContext &context)
    : SearchTable(QDir(context.config.dataDir()).filePath(u"index/jobs"_s),
                  { .name = u"jobs"_s, .format = 4, .allIds = publishedIds, .idsOf = jobsTouchedBy })
    , m_context(context)
{ }

JobIndex::~JobIndex() = default;

void JobIndex::refresh(QSqlDatabase db, Xapian::WritableDatabase *writer, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QString list = Sql::placeholders(u"id"_s, ids.size());
    // The skills first: on PostgreSQL a statement streams its rows, and another one on the same
    // connection would cut the jobs short.
    const QHash<qint64, JobsService::Skills> skills = JobsService::skillsOf(db, ids);

    Sql jobs(db,
             u"SELECT %1, j.description, j.requirements, j.state_key FROM jobs j "
             u"JOIN companies c ON c.id = j.company_id WHERE j.id IN (%2) "
             u"AND j.status = 'published' AND j.deleted_at IS NULL AND c.deleted_at IS NULL"_s.arg(
                     JobsService::cardColumns(), list));
    jobs.bindEach(u"id"_s, ids).exec();
    Xapian::TermGenerator words = documentWords(writer);
    QSet<qint64> found;
    while (jobs.next()) {
        const qint64 id = jobs.id(u"id"_s);
        found.insert(id);
        Entry entry;
        entry.id = id;
        entry.published = secondsOf(jobs.text(u"published_at"_s));
        entry.salaryMax = jobs.isNull(u"salary_max"_s) ? -1 : jobs.number(u"salary_max"_s);
        entry.salaryMin = jobs.isNull(u"salary_min"_s) ? -1 : jobs.number(u"salary_min"_s);
        entry.deadline = dayOf(jobs.text(u"deadline"_s));
        entry.company = jobs.id(u"company_id"_s);
        entry.facets[State]
                = m_entries.words.wordOf(State, jobs.text(u"state_key"_s), jobs.text(u"state"_s));
        for (const auto &[facet, column] :
             { std::pair { JobType, u"job_type"_s }, std::pair { WorkMode, u"work_mode"_s },
               std::pair { CareerLevel, u"career_level"_s }, std::pair { Industry, u"industry"_s } })
            entry.facets[facet]
                    = m_entries.words.wordOf(facet, jobs.text(column), jobs.text(column));
        const QString country = jobs.text(u"country_code"_s).toUpper();
        entry.facets[Country] = m_entries.words.wordOf(Country, country, country);
        for (const auto &skill : skills.value(id))
            entry.skills.append(skill.id);
        m_entries.keep(entry);
        if (!writer)
            continue;

        Xapian::Document doc;
        words.set_document(doc);
        // The title weighs three times the rest; it, the company and the skills are also the
        // words spelling suggestions are drawn from.
        words.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
        words.index_text(utf8(jobs.text(u"title"_s)), 3);
        words.increase_termpos();
        words.index_text(utf8(jobs.text(u"company_name"_s)));
        for (const auto &skill : skills.value(id)) {
            words.increase_termpos();
            words.index_text(utf8(skill.name));
        }
        words.set_flags(Xapian::TermGenerator::flags(0));
        for (const QString &column :
             { u"summary"_s, u"description"_s, u"requirements"_s, u"city"_s, u"state"_s }) {
            words.increase_termpos();
            words.index_text(utf8(jobs.text(column)));
        }
        doc.set_data(cardData(jobs, skills.value(id), *m_context.storage));
        writer->replace_document(Xapian::docid(id), doc);
    }
    m_entries.dropMissing(writer, ids, found);
}

std::shared_ptr<const JobTable> JobIndex::snapshot()
{
    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<const JobTable> table = JobTable::of(
            m_entries, &index(),
            quint32(std::max(0, m_context.config.integer(u"search/prepared_word_min_jobs"_s))));
    qCDebug(lcServer).noquote() << u"job table: %1 jobs, %2 words prepared, in %3 ms"_s.arg(
            QString::number(table->entries.size()), QString::number(table->prepared.size()),
            QString::number(clock.elapsed()));
    return table;
}

std::optional<QList<QByteArray>> JobIndex::cards(const QList<qint64> &ids)
{
    QList<QByteArray> out;
    out.reserve(ids.size());
    SearchIndex::Reader reader = index().reader();
    for (qint64 id : ids) {
        std::string data;
        try {
            data = reader.database().get_document(Xapian::docid(id)).get_data();
        } catch (const Xapian::DocNotFoundError &) {
            return std::nullopt;
        }
        const QByteArrayView parts(data.data(), qsizetype(data.size()));
        const qsizetype first = parts.indexOf('\n');
        const qsizetype second = first < 0 ? -1 : parts.indexOf('\n', first + 1);
        if (second < 0 || parts.size() - second < 3 || second - first < 3)
            return std::nullopt; // not a card as cardData() writes it
        const QByteArrayView company = parts.sliced(first + 1, second - first - 1);
        const QByteArrayView rest = parts.sliced(second + 1);
        // {"company":{"logo_url":…,<the company>},<the rest>}
        QByteArray card;
        card.reserve(parts.size() + 160);
        card.append("{\"company\":{\"logo_url\":")
                .append(jsonString(m_context.storage->url(QString::fromUtf8(parts.first(first)))))
                .append(',')
                .append(company.sliced(1))
                .append(',')
                .append(rest.sliced(1));
        out.append(card);
    }
    return out;
}

JobMatches JobIndex::search(const QJsonObject &query, int page, int limit)
{
    index().catchUp(m_context.db());
    const std::shared_ptr<const Table> table = this->table();

    // The filters, as the table holds them; a value no job has matches nothing.
    bool impossible = false;
    std::array<int, FacetCount> wanted;
    wanted.fill(-1);
    auto want = [&](Facet facet, const QString &parameter, const QString &key) {
        if (!query.contains(parameter))
            return;
        const auto found = table->keys[facet].constFind(key);
        if (found == table->keys[facet].constEnd())
            impossible = true;
        else
            wanted[facet] = *found;
    };
    want(State, u"state"_s, query.value(u"state"_s).toString().toLower());
    want(Country, u"country"_s, query.value(u"country"_s).toString().toUpper());
    want(JobType, u"job_type"_s, query.value(u"job_type"_s).toString());
    want(WorkMode, u"work_mode"_s, query.value(u"work_mode"_s).toString());
    want(CareerLevel, u"career_level"_s, query.value(u"career_level"_s).toString());
    want(Industry, u"industry"_s, query.value(u"industry"_s).toString());
    if (query.value(u"remote"_s).toBool()) {
        const int remote = table->keys[WorkMode].value(u"remote"_s, -2);
        if (remote < 0 || (wanted[WorkMode] >= 0 && wanted[WorkMode] != remote))
            impossible = true;
        wanted[WorkMode] = remote;
    }
    const qint64 company = query.value(u"company_id"_s).toVariant().toLongLong();
    const qint64 skill = query.value(u"skill"_s).toVariant().toLongLong();
    const double payAtLeast = query.value(u"salary_min"_s).toDouble(-1);
    const double startsAtMost = query.value(u"salary_max"_s).toDouble(-1);
    const double postedSince = query.contains(u"posted_since"_s)
            ? dayOf(query.value(u"posted_since"_s).toString())
            : -1;
    // The filters read the table's columns; only a company or a skill reads the whole entry.
    QVarLengthArray<std::pair<const std::vector<quint16> *, quint16>, FacetCount> facetsAsked;
    for (int f = 0; f < FacetCount; ++f) {
        if (wanted[f] >= 0)
            facetsAsked.append({ &table->valueOf[f], quint16(wanted[f]) });
    }
    auto passes = [&](int at) {
        const size_t i = size_t(at);
        for (const auto &[column, value] : facetsAsked) {
            if ((*column)[i] != value)
                return false;
        }
        if ((postedSince >= 0 && table->publishedAt[i] < postedSince)
            || (payAtLeast >= 0 && table->salaryMax[i] < payAtLeast)
            || (startsAtMost >= 0
                && (table->salaryMin[i] < 0 || table->salaryMin[i] > startsAtMost)))
            return false;
        if (company == 0 && skill == 0)
            return true;
        const Entry &e = table->entries[i];
        return (company == 0 || e.company == company) && (skill == 0 || e.skills.contains(skill));
    };
    const std::vector<Entry> &all = table->entries;
    // Places from here on were posted before the date asked for (the table is newest first).
    auto postedFrom = [&](double since) {
        return int(std::partition_point(all.begin(), all.end(),
                                        [since](const Entry &e) { return e.published >= since; })
                   - all.begin());
    };
    const int upTo = postedSince < 0 ? int(all.size()) : postedFrom(postedSince);

    // The shortest list of places a filter allows: the only ones to look at.
    const std::vector<int> *driver = nullptr;
    auto consider = [&](const std::vector<int> *places) {
        if (!driver || places->size() < driver->size())
            driver = places;
    };
    for (int f = 0; f < FacetCount; ++f) {
        if (wanted[f] >= 0)
            consider(&table->withValue[f][size_t(wanted[f])]);
    }
    for (const auto &[id, lists] :
         { std::pair { skill, &table->withSkill }, std::pair { company, &table->ofCompany } }) {
        if (id == 0)
            continue;
        const auto found = lists->constFind(id);
        if (found == lists->constEnd())
            impossible = true;
        else
            consider(&*found);
    }

    const QString words = query.value(u"q"_s).toString().trimmed();
    const QString sort
            = query.value(u"sort"_s).toString(words.isEmpty() ? u"newest"_s : u"relevance"_s);
    const bool newestFirst = sort == u"newest"_s || (sort == u"relevance"_s && words.isEmpty());
    const qsizetype offset = qsizetype(page - 1) * limit;
    const double now = double(QDateTime::currentSecsSinceEpoch());

    JobMatches matches;
    std::array<std::vector<qint64>, FacetCount> counts;
    std::array<qint64, salarySteps.size()> pay {};
    std::array<qint64, salarySteps.size() + 1> payingSteps {}; // matches by their paySteps
    std::array<qint64, postedWithin.size()> posted {};
    std::array<double, postedWithin.size()> postedAfter {};
    for (size_t i = 0; i < postedWithin.size(); ++i)
        postedAfter[i] = now - postedWithin[i];
    for (int f = 0; f < FacetCount; ++f)
        counts[f].assign(size_t(table->shown[f].size()), 0);

    // The answer from a list of jobs, newest first, and their counts made in advance: the page
    // from @p order (the list itself when none), the posted counts from splitting the list by date.
    auto answerFrom = [&](const std::vector<int> &jobs, const Table::Counts &within,
                          const std::vector<int> *order) {
        matches.total = qint64(jobs.size());
        for (int f = 0; f < Country; ++f)
            counts[f] = within.perFacet[f];
        pay = within.payingAtLeast;
        for (size_t i = 0; i < postedWithin.size(); ++i)
            posted[i] = std::partition_point(jobs.begin(), jobs.end(),
                                             [&](int at) {
                                                 return table->publishedAt[size_t(at)]
                                                         >= postedAfter[i];
                                             })
                    - jobs.begin();
        const std::vector<int> &page = order ? *order : jobs;
        for (qsizetype i = offset; i < std::min<qsizetype>(offset + limit, qsizetype(page.size()));
             ++i)
            matches.ids.append(all[size_t(page[size_t(i)])].id);
    };
    // A frequent word's search prepared with the table, if the words are one.
    const Table::Prepared *prepared = nullptr;
    if (const auto found = table->prepared.constFind(words.toLower());
        !words.isEmpty() && found != table->prepared.constEnd()) {
        prepared = &*found;
        m_context.metrics->increment(u"wn_search_prepared_answers_total"_s);
    }

    const bool everyJob = words.isEmpty() && !driver && !impossible && payAtLeast < 0
            && startsAtMost < 0 && postedSince < 0;
    if (everyJob) {
        // Nothing to filter: the counts are the lists' lengths, the page a slice of an order.
        matches.total = qint64(all.size());
        for (int f = 0; f < FacetCount; ++f) {
            for (size_t v = 0; v < table->withValue[f].size(); ++v)
                counts[f][v] = qint64(table->withValue[f][v].size());
        }
        pay = table->payingAtLeast;
        for (size_t i = 0; i < postedWithin.size(); ++i)
            posted[i] = postedFrom(now - postedWithin[i]);
        for (qsizetype i = offset; i < std::min<qsizetype>(offset + limit, qsizetype(all.size()));
             ++i) {
            const size_t at = sort == u"salary"_s ? size_t(table->bySalary[size_t(i)])
                    : sort == u"deadline"_s       ? size_t(table->byDeadline[size_t(i)])
                                                  : size_t(i);
            matches.ids.append(all[at].id);
        }
    } else if (!impossible && words.isEmpty() && newestFirst && facetsAsked.size() == 1
               && company == 0 && skill == 0 && payAtLeast < 0 && startsAtMost < 0
               && postedSince < 0) {
        // One facet's value alone: its counts were made with the table, and its list of jobs,
        // newest first, is the page's order and, split by date, the posted counts.
        const int only
                = int(std::find_if(wanted.begin(), wanted.end(), [](int v) { return v >= 0; })
                      - wanted.begin());
        answerFrom(table->withValue[only][size_t(wanted[only])],
                   table->withinValue[only][size_t(wanted[only])], nullptr);
    } else if (!impossible && prepared && !driver && payAtLeast < 0 && startsAtMost < 0
               && postedSince < 0
               && (sort == u"newest"_s
                   || (sort == u"relevance"_s
                       && (offset + limit <= qsizetype(prepared->best.size())
                           || prepared->best.size() == prepared->places.size())))) {
        // A frequent word alone: its search was prepared with the table.
        answerFrom(prepared->places, prepared->counts,
                   sort == u"newest"_s ? nullptr : &prepared->best);
    } else if (!impossible) {
        // Where the page comes from: the walk itself when it goes in the order asked; the
        // matches' places, sorted afterwards; or the index's ranking of the words.
        enum class PageFrom { Walk, Sort, Ranking };
        PageFrom pageFrom = PageFrom::Sort;
        std::vector<int> found; // with PageFrom::Sort
        auto take = [&](int at) {
            if (!passes(at))
                return;
            ++matches.total;
            for (int f = 0; f < Country; ++f) { // the country is not counted
                const quint16 value = table->valueOf[f][size_t(at)];
                if (value != Table::noValue)
                    ++counts[f][value];
            }
            ++payingSteps[table->paySteps[size_t(at)]];
            for (size_t i = 0; i < postedWithin.size(); ++i)
                posted[i] += table->publishedAt[size_t(at)] >= postedAfter[i] ? 1 : 0;
            if (pageFrom == PageFrom::Sort)
                found.push_back(at);
            else if (pageFrom == PageFrom::Walk && matches.total > offset
                     && matches.total <= offset + limit)
                matches.ids.append(all[size_t(at)].id);
        };
        if (words.isEmpty()) {
            if (newestFirst) // places ascend: newest first
                pageFrom = PageFrom::Walk;
            if (driver) {
                for (int at : *driver) {
                    if (at >= upTo)
                        break;
                    take(at);
                }
            } else {
                for (int at = 0; at < upTo; ++at)
                    take(at);
            }
        } else {
            // Every match is counted, in no order; only the page is ranked, among the matches
            // that pass the filters, without weighing and sorting all of them.
            if (sort == u"relevance"_s)
                pageFrom = PageFrom::Ranking;
            if (prepared) {
                for (int at : prepared->places)
                    take(at);
            } else {
                for (qint64 id : index().matchWords(words, true, &matches.suggestion)) {
                    const int at = table->position.of(id);
                    if (at >= 0)
                        take(at);
                }
            }
            if (pageFrom == PageFrom::Ranking && matches.total > offset) {
                const qsizetype needed = qsizetype(std::min<qint64>(offset + limit, matches.total));
                QList<qint64> best;
                if (prepared) { // the best of a frequent word that pass the filters, in order
                    for (auto at = prepared->best.begin();
                         at != prepared->best.end() && best.size() < needed; ++at) {
                        if (passes(*at))
                            best.append(all[size_t(*at)].id);
                    }
                }
                if (best.size() < needed) { // beyond what was prepared: the index ranks them
                    best = index().bestMatches(words, int(needed), [&](qint64 id) {
                        const int at = table->position.of(id);
                        return at >= 0 && passes(at);
                    });
                }
                matches.ids = best.mid(offset);
            }
        }
        for (size_t i = salarySteps.size(); i-- > 0;) // paying at least step i: beyond it
            pay[i] = payingSteps[i + 1] + (i + 1 < salarySteps.size() ? pay[i + 1] : 0);
        if (pageFrom == PageFrom::Sort && offset < qsizetype(found.size())) {
            auto before = [&](int a, int b) {
                const Entry &x = all[size_t(a)];
                const Entry &y = all[size_t(b)];
                return sort == u"salary"_s      ? inSalaryOrder(x, y)
                        : sort == u"deadline"_s ? inDeadlineOrder(x, y)
                                                : a < b;
            };
            const auto end
                    = found.begin() + std::min<qsizetype>(qsizetype(found.size()), offset + limit);
            std::partial_sort(found.begin(), end, found.end(), before);
            for (auto it = found.begin() + offset; it != end; ++it)
                matches.ids.append(all[size_t(*it)].id);
        }
    }

    for (int f = 0; f < Country; ++f) {
        QList<std::pair<qint64, int>> byCount;
        for (size_t i = 0; i < counts[f].size(); ++i) {
            if (counts[f][i] > 0)
                byCount.append({ counts[f][i], int(i) });
        }
        std::sort(byCount.begin(), byCount.end(), [&](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first
                                      : table->shown[f][a.second] < table->shown[f][b.second];
        });
        QJsonArray values;
        for (const auto &[n, index] : std::as_const(byCount))
            values.append(QJsonObject { { u"value"_s, table->shown[f][index] }, { u"count"_s, n } });
        matches.facets.insert(facetNames()[f], values);
    }
    QJsonArray payCounts;
    for (size_t i = 0; i < salarySteps.size(); ++i)
        payCounts.append(QJsonObject { { u"salary_min"_s, qint64(salarySteps[i]) },
                                       { u"count"_s, pay[i] } });
    matches.facets.insert(u"salary"_s, payCounts);
    const std::array<QString, postedWithin.size()> periods { u"day"_s, u"week"_s, u"month"_s };
    QJsonArray postedCounts;
    for (size_t i = 0; i < postedWithin.size(); ++i)
        postedCounts.append(QJsonObject { { u"within"_s, periods[i] }, { u"count"_s, posted[i] } });
    matches.facets.insert(u"posted"_s, postedCounts);
    return matches;
}

} // namespace wn
