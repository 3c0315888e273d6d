// SPDX-License-Identifier: Apache-2.0
#include "callupnumber.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** NYSC's first call-up was in 1973. */
constexpr int firstYear = 1973;
const QString forms = u"as NYSC/LAG/2026/008343 or NYSC/2025/LAG/206342"_s;

bool isYear(const QString &part)
{
    static const QRegularExpression digits(u"^[0-9]{4}$"_s);
    return digits.match(part).hasMatch();
}

} // namespace

QString CallUpNumber::canonical() const
{
    return u"NYSC/%1/%2/%3"_s.arg(state).arg(year).arg(serial);
}

std::optional<CallUpNumber> CallUpNumber::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = u"call_up_number "_s + message;
        return std::nullopt;
    };
    QStringList parts = text.trimmed().toUpper().split(u'/');
    for (QString &part : parts)
        part = part.trimmed();
    if (parts.size() != 4)
        return fail(u"must have four parts separated by slashes, "_s + forms);
    if (parts.at(0) != u"NYSC"_s)
        return fail(u"must start with NYSC/, "_s + forms);
    QString state;
    QString year;
    if (isYear(parts.at(1)) && !isYear(parts.at(2))) {
        year = parts.at(1);
        state = parts.at(2);
    } else if (isYear(parts.at(2)) && !isYear(parts.at(1))) {
        state = parts.at(1);
        year = parts.at(2);
    } else {
        return fail(u"must hold a state code and a four-digit year, "_s + forms);
    }
    static const QRegularExpression stateCode(u"^[A-Z]{2,3}$"_s);
    if (!stateCode.match(state).hasMatch())
        return fail(u"has \"%1\" where the state code (two or three letters, such as LAG) "
                    u"belongs"_s.arg(state.left(20)));
    const int yearNumber = year.toInt();
    const int latest = QDate::currentDate().year() + 1;
    if (yearNumber < firstYear || yearNumber > latest)
        return fail(
                u"has the year %1; call-up years run from %2 to %3"_s.arg(year).arg(firstYear).arg(
                        latest));
    static const QRegularExpression serial(u"^[0-9]{4,7}$"_s);
    if (!serial.match(parts.at(3)).hasMatch())
        return fail(u"must end in the serial number, four to seven digits (008343)"_s);
    return CallUpNumber { state, yearNumber, parts.at(3) };
}

} // namespace wn
