// SPDX-License-Identifier: Apache-2.0
#include "candidateindex.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

using enum CandidateIndex::Facet;

/** The skills the facet lists, the most held first. */
constexpr int skillsShown = 20;

const std::array<QString, CandidateIndex::FacetCount> &facetNames()
{
    static const std::array<QString, CandidateIndex::FacetCount> names { u"state"_s,
                                                                         u"career_level"_s,
                                                                         u"availability"_s };
    return names;
}

/** Who employers may find: active talents who have not hidden their profile. */
QString findableTalents()
{
    return u"u.role = 'talent' AND u.status = 'active' AND u.deleted_at IS NULL "
           u"AND (tp.hidden IS NULL OR NOT tp.hidden)"_s;
}

QList<qint64> findableIds(QSqlDatabase db, qint64 afterId, int limit)
{
    return Sql(db,
               u"SELECT u.id FROM users u LEFT JOIN talent_profiles tp ON tp.user_id = u.id "
               u"WHERE u.id > :after AND "_s
                       + findableTalents() + u" ORDER BY u.id LIMIT :limit"_s)
            .bind(u":after"_s, afterId)
            .bind(u":limit"_s, limit)
            .exec()
            .takeIds();
}

QList<qint64> talentsTouchedBy(QSqlDatabase db, const SearchChange &change)
{
    if (change.kind == u"talent"_s)
        return { change.recordId };
    if (change.kind == u"skill"_s) {
        return Sql(db, u"SELECT user_id FROM talent_skills WHERE skill_id = :id"_s)
                .bind(u":id"_s, change.recordId)
                .exec()
                .takeIds();
    }
    return {}; // another index's kind (a job, a company)
}

/** The newest profile first; the later id first on the same second. */
bool newerProfile(const CandidateIndex::Entry &a, const CandidateIndex::Entry &b)
{
    return a.updated != b.updated ? a.updated > b.updated : a.id > b.id;
}

/** Counts as a facet shows them: [{value, count}], the largest first, then by value. */
QJsonArray countsOf(const QList<qint64> &counts, const QStringList &values)
{
    QList<int> present;
    for (int i = 0; i < int(counts.size()); ++i) {
        if (counts[i] > 0)
            present.append(i);
    }
    std::sort(present.begin(), present.end(), [&](int a, int b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : values[a] < values[b];
    });
    QJsonArray facet;
    for (int i : std::as_const(present))
        facet.append(QJsonObject { { u"value"_s, values[i] }, { u"count"_s, counts[i] } });
    return facet;
}

} // namespace

QHash<qint64, CandidateText> candidateTexts(QSqlDatabase db, const QList<qint64> &ids)
{
    // The account and profile, then each list; every statement is read to its end before the
    // next runs (PostgreSQL streams rows on the one connection).
    QHash<qint64, CandidateText> texts;
    if (ids.isEmpty())
        return texts;
    const QString list = Sql::placeholders(u"id"_s, ids.size());
    Sql people(db,
               u"SELECT u.id, u.first_name, u.last_name, u.state, u.country_code, tp.headline, "
               u"tp.bio FROM users u LEFT JOIN talent_profiles tp ON tp.user_id = u.id "
               u"WHERE u.id IN (%1)"_s.arg(list));
    people.bindEach(u"id"_s, ids).exec();
    while (people.next()) {
        CandidateText &text = texts[people.id(u"id"_s)];
        text.name = people.text(u"first_name"_s) + u' ' + people.text(u"last_name"_s);
        text.headline = people.text(u"headline"_s);
        text.bio = people.text(u"bio"_s);
        text.place = people.text(u"state"_s) + u' ' + people.text(u"country_code"_s);
    }
    Sql skills(db,
               u"SELECT ts.user_id, s.name FROM talent_skills ts JOIN skills s ON s.id = "
               u"ts.skill_id WHERE ts.user_id IN (%1)"_s.arg(list));
    skills.bindEach(u"id"_s, ids).exec();
    while (skills.next())
        texts[skills.id(u"user_id"_s)].skills.append(skills.text(u"name"_s));
    Sql experience(db,
                   u"SELECT user_id, title, company, description FROM talent_experience "
                   u"WHERE user_id IN (%1) ORDER BY user_id, sort_order"_s.arg(list));
    experience.bindEach(u"id"_s, ids).exec();
    while (experience.next())
        texts[experience.id(u"user_id"_s)].experience.append(experience.text(u"title"_s) + u'\n'
                                                             + experience.text(u"company"_s) + u'\n'
                                                             + experience.text(u"description"_s));
    Sql education(db,
                  u"SELECT user_id, school_name, course FROM talent_education "
                  u"WHERE user_id IN (%1) ORDER BY user_id, sort_order"_s.arg(list));
    education.bindEach(u"id"_s, ids).exec();
    while (education.next())
        texts[education.id(u"user_id"_s)].education.append(education.text(u"school_name"_s) + u'\n'
                                                           + education.text(u"course"_s));
    Sql cvs(db,
            u"SELECT user_id, search_text FROM cvs WHERE user_id IN (%1) ORDER BY user_id, id"_s.arg(
                    list));
    cvs.bindEach(u"id"_s, ids).exec();
    while (cvs.next())
        texts[cvs.id(u"user_id"_s)].cvs.append(cvs.text(u"search_text"_s));
    return texts;
}

void indexCandidate(Xapian::TermGenerator &words, const CandidateText &text)
{
    // The headline weighs three times the rest and the skills twice; they and the name are
    // also the words spelling suggestions are drawn from.
    words.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
    words.index_text(text.headline.toStdString(), 3);
    for (const QString &skill : text.skills) {
        words.increase_termpos();
        words.index_text(skill.toStdString(), 2);
    }
    words.increase_termpos();
    words.index_text(text.name.toStdString());
    words.set_flags(Xapian::TermGenerator::flags(0));
    for (const QStringList *part : { &text.experience, &text.education, &text.cvs }) {
        for (const QString &entry : *part) {
            words.increase_termpos();
            words.index_text(entry.toStdString());
        }
    }
    for (const QString *part : { &text.bio, &text.place }) {
        words.increase_termpos();
        words.index_text(part->toStdString());
    }
}

/** A snapshot searches read while the writer builds the next one. */
struct CandidateTable
{
    using Entry = CandidateIndex::Entry;
    static constexpr int FacetCount = CandidateIndex::FacetCount;

    std::vector<Entry> entries; ///< newest profile first
    PlacesById position;
    std::array<QStringList, FacetCount> shown;
    std::array<QHash<QString, int>, FacetCount> keys;
    QHash<qint64, QString> skillNames;
    /** Per entry, its skills as places in skillIds: the skill facet counts in a plain array. */
    std::vector<QVarLengthArray<int, 8>> skillPlaces;
    std::vector<qint64> skillIds;
};

CandidateIndex::CandidateIndex(ServerContext &context)
    : SearchTable(QDir(context.config.dataDir()).filePath(u"index/candidates"_s),
                  { .name = u"candidates"_s,
                    .format = 2, // 2: CV text
                    .allIds = findableIds,
                    .idsOf = talentsTouchedBy })
    , m_context(context)
{ }

CandidateIndex::~CandidateIndex() = default;

void CandidateIndex::refresh(QSqlDatabase db, Xapian::WritableDatabase *writer,
                             const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QString list = Sql::placeholders(u"id"_s, ids.size());
    QHash<qint64, QList<qint64>> skills;
    Sql skillRows(db,
                  u"SELECT ts.user_id, s.id AS skill_id, s.name FROM talent_skills ts "
                  u"JOIN skills s ON s.id = ts.skill_id WHERE ts.user_id IN (%1)"_s.arg(list));
    skillRows.bindEach(u"id"_s, ids).exec();
    while (skillRows.next()) {
        skills[skillRows.id(u"user_id"_s)].append(skillRows.id(u"skill_id"_s));
        m_skillNames.insert(skillRows.id(u"skill_id"_s), skillRows.text(u"name"_s));
    }
    QHash<qint64, QList<std::pair<qint64, double>>> scores;
    Sql scoreRows(db,
                  u"SELECT r.user_id, r.instrument_id, r.percent FROM assessment_results r "
                  u"JOIN assessment_instruments i ON i.id = r.instrument_id LEFT JOIN "
                  u"talent_profiles tp ON tp.user_id = r.user_id WHERE r.user_id IN (%1) AND "
                  u"r.latest AND r.percent IS NOT NULL AND (i.company_id IS NOT NULL OR "
                  u"tp.assessment_visibility = 'employers')"_s.arg(list));
    scoreRows.bindEach(u"id"_s, ids).exec();
    while (scoreRows.next())
        scores[scoreRows.id(u"user_id"_s)].append(
                { scoreRows.id(u"instrument_id"_s), scoreRows.number(u"percent"_s) });
    const QHash<qint64, CandidateText> texts
            = writer ? candidateTexts(db, ids) : QHash<qint64, CandidateText>();

    Sql people(db,
               u"SELECT u.id, u.state, u.created_at, u.bvn_verified_at, u.nin_verified_at, "
               u"tp.desired_career_level, tp.availability, tp.updated_at AS profile_updated_at "
               u"FROM users u LEFT JOIN talent_profiles tp ON tp.user_id = u.id "
               u"WHERE u.id IN (%1) AND "_s.arg(list)
                       + findableTalents());
    people.bindEach(u"id"_s, ids).exec();
    Xapian::TermGenerator words = documentWords(writer);
    QSet<qint64> found;
    while (people.next()) {
        const qint64 id = people.id(u"id"_s);
        found.insert(id);
        Entry entry;
        entry.id = id;
        entry.updated = secondsOf(people.isNull(u"profile_updated_at"_s)
                                          ? people.text(u"created_at"_s)
                                          : people.text(u"profile_updated_at"_s));
        const QString state = people.text(u"state"_s);
        entry.facets[State] = m_entries.words.wordOf(State, state.toLower(), state);
        const QString level = people.text(u"desired_career_level"_s);
        entry.facets[CareerLevel] = m_entries.words.wordOf(CareerLevel, level.toLower(), level);
        const QString availability = people.text(u"availability"_s);
        entry.facets[Availability]
                = m_entries.words.wordOf(Availability, availability, availability);
        entry.verified
                = !people.isNull(u"bvn_verified_at"_s) || !people.isNull(u"nin_verified_at"_s);
        for (qint64 skill : skills.value(id))
            entry.skills.append(skill);
        for (const auto &score : scores.value(id))
            entry.scores.append(score);
        m_entries.keep(entry);
        if (!writer)
            continue;
        Xapian::Document doc;
        words.set_document(doc);
        indexCandidate(words, texts.value(id));
        writer->replace_document(Xapian::docid(id), doc);
    }
    m_entries.dropMissing(writer, ids, found);
}

std::shared_ptr<const CandidateTable> CandidateIndex::snapshot()
{
    auto table = std::make_shared<Table>();
    m_entries.fill(*table, newerProfile);
    table->skillPlaces.resize(table->entries.size());
    QHash<qint64, int> placeOf;
    for (size_t i = 0; i < table->entries.size(); ++i) {
        for (qint64 skill : table->entries[i].skills) {
            auto found = placeOf.constFind(skill);
            if (found == placeOf.constEnd()) {
                found = placeOf.insert(skill, int(table->skillIds.size()));
                table->skillIds.push_back(skill);
            }
            table->skillPlaces[i].append(*found);
        }
    }
    table->skillNames = m_skillNames;
    return table;
}

bool CandidateIndex::findable(qint64 talentId)
{
    index().catchUp(m_context.db());
    return table()->position.contains(talentId);
}

CandidateMatches CandidateIndex::search(const QJsonObject &query, int page, int limit)
{
    return search(query, page, limit, nullptr);
}

QList<qint64> CandidateIndex::matchAmong(const QJsonObject &query, const QList<qint64> &ids)
{
    const QSet<qint64> among(ids.cbegin(), ids.cend());
    return among.isEmpty() ? QList<qint64>() : search(query, 1, int(among.size()), &among).ids;
}

CandidateMatches CandidateIndex::search(const QJsonObject &query, int page, int limit,
                                        const QSet<qint64> *among)
{
    index().catchUp(m_context.db());
    const std::shared_ptr<const Table> table = this->table();

    // The filters, as the table holds them; a value no talent has matches nothing.
    bool impossible = false;
    std::array<int, FacetCount> wanted { -1, -1, -1 };
    for (int f = 0; f < FacetCount; ++f) {
        const QString name = facetNames()[size_t(f)];
        if (!query.contains(name))
            continue;
        const QString value = query.value(name).toString();
        const auto found = table->keys[f].constFind(f == Availability ? value : value.toLower());
        if (found == table->keys[f].constEnd())
            impossible = true;
        else
            wanted[f] = *found;
    }
    QList<qint64> skills;
    for (const QString &id : query.value(u"skills"_s).toString().split(u',', Qt::SkipEmptyParts))
        skills.append(id.toLongLong());
    const int verified
            = query.contains(u"verified"_s) ? (query.value(u"verified"_s).toBool() ? 1 : 0) : -1;
    const qint64 assessment = query.value(u"assessment_id"_s).toInteger();
    const double minPercent = query.value(u"min_percent"_s).toDouble(0);
    // The entry's score on the assessment filtered by, or -1 without one.
    auto scoreOf = [&](const Entry &e) {
        for (const auto &[instrument, percent] : e.scores) {
            if (instrument == assessment)
                return percent;
        }
        return -1.0;
    };
    auto passes = [&](const Entry &e) {
        if (assessment && scoreOf(e) < minPercent)
            return false;
        for (int f = 0; f < FacetCount; ++f) {
            if (wanted[f] >= 0 && e.facets[f] != wanted[f])
                return false;
        }
        if (verified >= 0 && e.verified != (verified == 1))
            return false;
        return std::all_of(skills.begin(), skills.end(),
                           [&](qint64 skill) { return e.skills.contains(skill); });
    };

    CandidateMatches matches;
    std::array<QList<qint64>, FacetCount> counts;
    for (int f = 0; f < FacetCount; ++f)
        counts[f].fill(0, table->shown[f].size());
    std::vector<qint64> skillCounts(table->skillIds.size(), 0);
    qint64 verifiedCount = 0;
    const qint64 offset = qint64(page - 1) * limit;
    auto take = [&](int at) {
        const Entry &e = table->entries[size_t(at)];
        if ((among && !among->contains(e.id)) || !passes(e))
            return;
        ++matches.total;
        for (int f = 0; f < FacetCount; ++f) {
            if (e.facets[f] >= 0)
                ++counts[f][e.facets[f]];
        }
        for (int place : table->skillPlaces[size_t(at)])
            ++skillCounts[size_t(place)];
        verifiedCount += e.verified ? 1 : 0;
        if (matches.total > offset && matches.total <= offset + limit)
            matches.ids.append(e.id);
    };
    const QString words = query.value(u"q"_s).toString().trimmed();
    if (impossible) {
        // nothing passes
    } else if (words.isEmpty() && among) {
        // Only the talents asked about, in the table's order.
        QList<int> places;
        for (qint64 id : *among) {
            if (const int at = table->position.of(id); at >= 0)
                places.append(at);
        }
        std::sort(places.begin(), places.end());
        for (int at : std::as_const(places))
            take(at);
    } else if (words.isEmpty() && assessment) {
        // The highest score first; the newer profile first on the same score.
        std::vector<std::pair<double, int>> scored;
        for (int at = 0; at < int(table->entries.size()); ++at) {
            const double score = scoreOf(table->entries[size_t(at)]);
            if (score >= minPercent)
                scored.push_back({ score, at });
        }
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[score, at] : scored)
            take(at);
    } else if (words.isEmpty()) {
        for (int at = 0; at < int(table->entries.size()); ++at)
            take(at);
    } else {
        // Ranked by relevance: the walk follows the index's order.
        for (qint64 id : index().matchWords(words, false, &matches.suggestion)) {
            const int at = table->position.of(id);
            if (at >= 0)
                take(at);
        }
    }

    for (int f = 0; f < FacetCount; ++f)
        matches.facets.insert(facetNames()[size_t(f)], countsOf(counts[f], table->shown[f]));
    QList<std::pair<qint64, qint64>> bySkill; // count, id
    for (size_t place = 0; place < skillCounts.size(); ++place) {
        if (skillCounts[place] > 0)
            bySkill.append({ skillCounts[place], table->skillIds[place] });
    }
    std::sort(bySkill.begin(), bySkill.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QJsonArray skillFacet;
    for (qsizetype i = 0; i < std::min<qsizetype>(bySkill.size(), skillsShown); ++i)
        skillFacet.append(QJsonObject { { u"id"_s, bySkill[i].second },
                                        { u"name"_s, table->skillNames.value(bySkill[i].second) },
                                        { u"count"_s, bySkill[i].first } });
    matches.facets.insert(u"skills"_s, skillFacet);
    matches.facets.insert(u"verified"_s, verifiedCount);
    return matches;
}

} // namespace wn
