// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace wn {

/**
 * @brief An NYSC call-up number, read from either of the forms NYSC prints:
 * NYSC/LAG/2026/008343 (state first) and NYSC/2025/LAG/206342 (year first).
 */
struct CallUpNumber
{
    QString state; ///< the state code, upper case (LAG)
    int year = 0;
    QString serial; ///< the digits, leading zeros kept
    /** One spelling for both forms (NYSC/LAG/2026/008343), as it is stored and compared. */
    QString canonical() const;

    /** The number in @p text, or nullopt with @p error saying what is wrong, in words that
     *  start with the field's name. */
    static std::optional<CallUpNumber> parse(const QString &text, QString *error);
};

} // namespace wn
