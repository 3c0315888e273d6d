// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wn::scoring {

/** @brief One option of a choice question with its key: whether it is correct, its weight. */
struct Option
{
    QString key;
    bool correct = false;
    double weight = 0;
};

/** @brief A question as scoring sees it. */
struct Item
{
    qint64 id = 0;
    QString type; ///< a QuestionType code
    qint64 categoryId = 0; ///< 0: in no category (counts in the total only)
    bool reverse = false; ///< likert: scored 6 - rating
    QList<Option> options;
    QString pairCode; ///< near-synonymous items share one (the inconsistency index)
};

/** @brief An answer, in the field its question type fills. */
struct Answer
{
    int rating = 0;
    QString choice;
    QStringList choices;
    QString text;

    static Answer fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

/** @brief What one answered (or unanswered) item adds to its scores. */
struct ItemScore
{
    bool counts = false; ///< whether it adds to raw, min and max
    bool answered = false;
    double score = 0;
    double min = 0;
    double max = 0;
    std::optional<bool> correct; ///< for right/wrong types
};

/**
 * The score of @p item for @p answer (none: unanswered). Likert and weighted (scenario) items
 * count only when answered: a trait is measured by what was said. Right/wrong items always
 * count: an unanswered question earns 0 of its 1.
 */
ItemScore scoreItem(const Item &item, const Answer *answer);

/** @brief A sum of item scores: a category's, a domain's (its facets summed) or the total. */
struct Sum
{
    double raw = 0;
    double min = 0;
    double max = 0;
    int items = 0; ///< items that count
    int answered = 0;

    void add(const ItemScore &score);
    /** raw / items counted; nothing when none counts. */
    std::optional<double> mean() const;
    /** (raw - min) / (max - min) × 100; nothing when the range is empty. */
    std::optional<double> percent() const;
    QJsonObject toJson() const;
};

/** @brief The inconsistency index: the mean gap between the keyed scores of paired items. */
struct Inconsistency
{
    int pairs = 0; ///< pairs with both items answered
    double index = 0; ///< mean |score a - score b|, 0-4 on a 1-5 scale
    /** Careless answering: at least 3 pairs answered, with a mean gap of 2 points or more. */
    bool flagged() const { return pairs >= 3 && index >= 2.0; }
    QJsonObject toJson() const;
};

/** @brief An attempt scored: per category (facets and domains), the total, right answers. */
struct Scored
{
    QHash<qint64, Sum> categories; ///< by category id; a domain holds its facets' items too
    Sum total;
    int correct = 0; ///< right/wrong items answered right
    int gradable = 0; ///< right/wrong items
    Inconsistency inconsistency;
};

/**
 * Scores @p items with @p answers (by question id). @p parents maps a facet's category id to
 * its domain's: a domain's sum is its own items' and its facets'.
 */
Scored score(const QList<Item> &items, const QHash<qint64, Answer> &answers,
             const QHash<qint64, qint64> &parents);

/**
 * How close a profile of category means (1-5) is to a target, as a percent: 100 × (1 - d / dmax),
 * d the Euclidean distance between them, dmax = 4 × √k the largest possible over k categories.
 * Pairs are (mean, target); none gives nothing.
 */
std::optional<double> fitPercent(const QList<QPair<double, double>> &meanAndTarget);

/** The mid-rank percentile of a score: (below + equal / 2) / takers × 100. */
double percentile(qint64 below, qint64 equal, qint64 takers);

/**
 * The @p p-th quantile (0-1) of @p sorted (ascending), interpolated linearly between the two
 * nearest ranks: the value at rank (n - 1) × p, as PostgreSQL's percentile_cont and a
 * spreadsheet's PERCENTILE.INC give it; nothing for no value.
 */
std::optional<double> quantile(const QList<double> &sorted, double p);

/** @p value to two decimals, for showing. */
double rounded(double value);

} // namespace wn::scoring
