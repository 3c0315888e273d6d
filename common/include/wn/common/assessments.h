// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wn {

/**
 * @brief A kind of assessment question: how it is answered and how it is scored. The server's
 * checks and scoring and the client's test-taking page read the same list.
 */
struct QuestionType
{
    QString code; ///< "likert", "single_choice", ...
    const char *label; ///< the English name, translated in the context "QuestionType"
    QString answerField; ///< the field an answer fills: rating, choice, choices or text
    bool hasOptions; ///< whether the question lists options
    bool scored; ///< whether the answer counts in a score (free text does not)
    const char *scoring; ///< how an answer scores, in a sentence
};

/** Every question type, in the order a bank editor offers them. */
const QList<QuestionType> &questionTypes();
/** The type of @p code, or nullptr. */
const QuestionType *questionType(const QString &code);
QStringList questionTypeCodes();

/** The kinds of instrument: each is a door onto the same engine with its own extra scores. */
QStringList instrumentKinds();

/** A score's band from its percent of range: below 100/3 "low", from 200/3 "high", else
 *  "moderate". */
QString scoreBand(double percent);

/** A band ("low", "moderate", "high") as people read it ("Low"), untranslated (the context
 *  "Band"), or nullptr for another word. */
const char *scoreBandLabel(const QString &band);

/** The fewest takers of a category before a percentile is shown. */
constexpr int minimumTakersForPercentile = 30;

} // namespace wn
