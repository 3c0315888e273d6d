// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/search/searchtable.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <memory>
#include <vector>

namespace wn {

struct ServerContext;
struct CandidateTable;

/** @brief One page of the candidate search, as the index answers it. */
struct CandidateMatches
{
    QList<qint64> ids; ///< talents' user ids, the page in order
    qint64 total = 0; ///< every match, exactly
    /** Counts within the results: per state, career level, availability and skill (the most
     *  held first), and how many have a verified identity. */
    QJsonObject facets;
    /** The words as they are probably meant, when some word is found nowhere. */
    QString suggestion;
};

/**
 * @brief Everything of a talent the candidate search finds words in, read for a batch of talents
 * by candidateTexts() and turned into a search document by indexCandidate(): the one place that
 * says what a candidate's document holds. Text of further sources (CVs) joins here.
 */
struct CandidateText
{
    QString name;
    QString headline;
    QString bio;
    QString place; ///< state and country
    QStringList skills;
    QStringList experience; ///< each entry's title, company and description
    QStringList education; ///< each entry's school and course
    QStringList cvs; ///< the text of each CV, built or uploaded
};

/**
 * @brief The talents employers may find: active talents who have not hidden their profile. Their
 * words (headline above skills above the rest; stemmed in English) live in a Xapian index beside
 * the database, and what the filters and facets read (state, career level, availability,
 * verified identity, skills) in a table in memory, newest profile first. Kept current from
 * `search_changes` (kind "talent", and "skill" for a renamed skill) like the job index.
 */
class CandidateIndex : public SearchTable<CandidateTable>
{
public:
    explicit CandidateIndex(ServerContext &context);
    ~CandidateIndex() override;

    /** The page of @p query (q, skills, state, career_level, availability, verified, and
     *  assessment_id with min_percent: a ScoreFilter resolved by the caller); catches up with
     *  writes first. By an assessment without words: the highest score first. */
    CandidateMatches search(const QJsonObject &query, int page, int limit);

    /** Those of @p ids that @p query finds now, by the search's own rules (after catching up):
     *  what a saved search's alerts ask of the talents changed since their last run. */
    QList<qint64> matchAmong(const QJsonObject &query, const QList<qint64> &ids);

    /** Whether @p talentId can be found now (after catching up). */
    bool findable(qint64 talentId);

    enum Facet { State, CareerLevel, Availability, FacetCount };

    /** What the filters read of one talent. */
    struct Entry
    {
        qint64 id = 0;
        double updated = 0; ///< the profile's last change, seconds since the epoch
        std::array<int, FacetCount> facets { -1, -1, -1 }; ///< indexes into the table's words
        bool verified = false; ///< BVN or NIN verified
        QVarLengthArray<qint64, 8> skills;
        /** The newest percent per assessment (its id) that employers may filter by: every
         *  result on a company's own assessment (only that company can name it), and those on
         *  the platform's when the talent shows them to every employer. */
        QVarLengthArray<std::pair<qint64, double>, 4> scores;
    };
    using Table = CandidateTable;

private:
    /** search(), among @p among only when it is given. */
    CandidateMatches search(const QJsonObject &query, int page, int limit,
                            const QSet<qint64> *among);
    void refresh(QSqlDatabase db, Xapian::WritableDatabase *writer,
                 const QList<qint64> &ids) override;
    void forget() override { m_entries.clear(); }
    std::shared_ptr<const Table> snapshot() override;

    ServerContext &m_context;
    SearchEntries<Entry, FacetCount> m_entries;
    QHash<qint64, QString> m_skillNames;
};

/** The searchable text of @p ids (talents), read with one query per part. */
QHash<qint64, CandidateText> candidateTexts(QSqlDatabase db, const QList<qint64> &ids);

/** Writes @p text into the document @p words is set to. */
void indexCandidate(Xapian::TermGenerator &words, const CandidateText &text);

} // namespace wn
