// SPDX-License-Identifier: Apache-2.0
#include "wn/common/assessments.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wn {

const QList<QuestionType> &questionTypes()
{
    static const QList<QuestionType> types {
        { u"likert"_s, QT_TRANSLATE_NOOP("QuestionType", "Agreement from 1 to 5"), u"rating"_s,
          false, true,
          "The rating 1-5 counts as given; a reverse-keyed item counts 6 minus the rating." },
        { u"single_choice"_s, QT_TRANSLATE_NOOP("QuestionType", "One answer"), u"choice"_s, true,
          true, "1 for the correct option, else 0." },
        { u"multiple_choice"_s, QT_TRANSLATE_NOOP("QuestionType", "Several answers"), u"choices"_s,
          true, true,
          "(correct options chosen - wrong options chosen) / correct options, at least 0." },
        { u"free_text"_s, QT_TRANSLATE_NOOP("QuestionType", "Written answer"), u"text"_s, false,
          false, "Not scored: kept for the reader." },
        { u"scenario"_s, QT_TRANSLATE_NOOP("QuestionType", "Scenario"), u"choice"_s, true, true,
          "The chosen option's weight, out of the best option's weight." },
        { u"passage"_s, QT_TRANSLATE_NOOP("QuestionType", "Reading passage question"), u"choice"_s,
          true, true, "1 for the correct option, else 0." },
    };
    return types;
}

const QuestionType *questionType(const QString &code)
{
    for (const QuestionType &type : questionTypes()) {
        if (type.code == code)
            return &type;
    }
    return nullptr;
}

QStringList questionTypeCodes()
{
    QStringList codes;
    for (const QuestionType &type : questionTypes())
        codes.append(type.code);
    return codes;
}

QStringList instrumentKinds()
{
    return { u"personality"_s, u"soft_skills"_s, u"culture_fit"_s,   u"scenario"_s,
             u"integrity"_s,   u"level_one"_s,   u"comprehension"_s, u"custom"_s };
}

QString scoreBand(double percent)
{
    if (percent < 100.0 / 3)
        return u"low"_s;
    if (percent >= 200.0 / 3)
        return u"high"_s;
    return u"moderate"_s;
}

const char *scoreBandLabel(const QString &band)
{
    if (band == u"low"_s)
        return QT_TRANSLATE_NOOP("Band", "Low");
    if (band == u"moderate"_s)
        return QT_TRANSLATE_NOOP("Band", "Moderate");
    if (band == u"high"_s)
        return QT_TRANSLATE_NOOP("Band", "High");
    return nullptr;
}

} // namespace wn
