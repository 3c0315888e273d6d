// SPDX-License-Identifier: Apache-2.0
#include "scoring.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wn::scoring {

Answer Answer::fromJson(const QJsonObject &json)
{
    Answer answer;
    answer.rating = json.value(u"rating"_s).toInt();
    answer.choice = json.value(u"choice"_s).toString();
    for (const QJsonValue &value : json.value(u"choices"_s).toArray())
        answer.choices.append(value.toString());
    answer.text = json.value(u"text"_s).toString();
    return answer;
}

QJsonObject Answer::toJson() const
{
    QJsonObject json;
    if (rating)
        json.insert(u"rating"_s, rating);
    if (!choice.isEmpty())
        json.insert(u"choice"_s, choice);
    if (!choices.isEmpty())
        json.insert(u"choices"_s, QJsonArray::fromStringList(choices));
    if (!text.isEmpty())
        json.insert(u"text"_s, text);
    return json;
}

namespace {

const Option *optionOf(const Item &item, const QString &key)
{
    for (const Option &option : item.options) {
        if (option.key == key)
            return &option;
    }
    return nullptr;
}

ItemScore rightOrWrong(const Item &item, const Answer *answer)
{
    ItemScore score { .counts = true, .answered = answer != nullptr, .max = 1 };
    if (item.type == u"multiple_choice"_s) {
        int right = 0;
        int chosenRight = 0;
        int chosenWrong = 0;
        for (const Option &option : item.options)
            right += option.correct ? 1 : 0;
        if (answer) {
            for (const QString &key : answer->choices) {
                const Option *option = optionOf(item, key);
                if (option && option->correct)
                    ++chosenRight;
                else if (option)
                    ++chosenWrong;
            }
        }
        score.score = right ? std::max(0.0, double(chosenRight - chosenWrong) / right) : 0;
        score.correct = score.score >= 1.0;
        return score;
    }
    const Option *chosen = answer ? optionOf(item, answer->choice) : nullptr;
    score.score = chosen && chosen->correct ? 1 : 0;
    score.correct = score.score >= 1.0;
    return score;
}

} // namespace

ItemScore scoreItem(const Item &item, const Answer *answer)
{
    if (item.type == u"free_text"_s)
        return { .answered = answer && !answer->text.isEmpty() };
    if (item.type == u"likert"_s) {
        if (!answer || answer->rating < 1 || answer->rating > 5)
            return {};
        const double keyed = item.reverse ? 6 - answer->rating : answer->rating;
        return { .counts = true, .answered = true, .score = keyed, .min = 1, .max = 5 };
    }
    if (item.type == u"scenario"_s) {
        const Option *chosen = answer ? optionOf(item, answer->choice) : nullptr;
        if (!chosen || item.options.isEmpty())
            return {};
        auto byWeight = [](const Option &a, const Option &b) { return a.weight < b.weight; };
        const auto [least, most]
                = std::minmax_element(item.options.begin(), item.options.end(), byWeight);
        return { .counts = true,
                 .answered = true,
                 .score = chosen->weight,
                 .min = least->weight,
                 .max = most->weight };
    }
    return rightOrWrong(item, answer);
}

void Sum::add(const ItemScore &score)
{
    if (!score.counts)
        return;
    raw += score.score;
    min += score.min;
    max += score.max;
    ++items;
    answered += score.answered ? 1 : 0;
}

std::optional<double> Sum::mean() const
{
    if (items == 0)
        return std::nullopt;
    return raw / items;
}

std::optional<double> Sum::percent() const
{
    if (max <= min)
        return std::nullopt;
    return (raw - min) / (max - min) * 100.0;
}

namespace {

QJsonValue shown(const std::optional<double> &value)
{
    return value ? QJsonValue(rounded(*value)) : QJsonValue();
}

} // namespace

QJsonObject Sum::toJson() const
{
    return { { u"raw"_s, rounded(raw) },         { u"min"_s, rounded(min) },
             { u"max"_s, rounded(max) },         { u"mean"_s, shown(mean()) },
             { u"percent"_s, shown(percent()) }, { u"items"_s, items },
             { u"answered"_s, answered } };
}

QJsonObject Inconsistency::toJson() const
{
    return { { u"pairs"_s, pairs },
             { u"index"_s, pairs ? QJsonValue(rounded(index)) : QJsonValue() },
             { u"flagged"_s, flagged() } };
}

Scored score(const QList<Item> &items, const QHash<qint64, Answer> &answers,
             const QHash<qint64, qint64> &parents)
{
    Scored scored;
    QHash<QString, QList<double>> paired;
    for (const Item &item : items) {
        const auto found = answers.constFind(item.id);
        const Answer *answer = found == answers.cend() ? nullptr : &found.value();
        const ItemScore itemScore = scoreItem(item, answer);
        scored.total.add(itemScore);
        if (item.categoryId) {
            scored.categories[item.categoryId].add(itemScore);
            const qint64 parent = parents.value(item.categoryId);
            if (parent)
                scored.categories[parent].add(itemScore);
        }
        if (itemScore.correct.has_value()) {
            ++scored.gradable;
            scored.correct += *itemScore.correct ? 1 : 0;
        }
        if (!item.pairCode.isEmpty() && item.type == u"likert"_s && itemScore.answered)
            paired[item.pairCode].append(itemScore.score);
    }
    double gaps = 0;
    for (const QList<double> &scores : std::as_const(paired)) {
        if (scores.size() != 2)
            continue;
        gaps += std::abs(scores.at(0) - scores.at(1));
        ++scored.inconsistency.pairs;
    }
    if (scored.inconsistency.pairs)
        scored.inconsistency.index = gaps / scored.inconsistency.pairs;
    return scored;
}

std::optional<double> fitPercent(const QList<QPair<double, double>> &meanAndTarget)
{
    if (meanAndTarget.isEmpty())
        return std::nullopt;
    double squares = 0;
    for (const auto &[mean, target] : meanAndTarget)
        squares += (mean - target) * (mean - target);
    const double largest = 4.0 * std::sqrt(double(meanAndTarget.size()));
    return 100.0 * (1.0 - std::sqrt(squares) / largest);
}

double percentile(qint64 below, qint64 equal, qint64 takers)
{
    return takers ? (double(below) + double(equal) / 2.0) / double(takers) * 100.0 : 0;
}

std::optional<double> quantile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const double rank = double(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto below = qsizetype(std::floor(rank));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted.at(below) + (rank - double(below)) * (sorted.at(above) - sorted.at(below));
}

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace wn::scoring
