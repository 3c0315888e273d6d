// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <type_traits>

namespace wn {

/**
 * @brief The names an enum's values are stored and sent under, read both ways from one table:
 * each value written once beside its name, as pairs (value, u"name").
 *
 * @code
 * constexpr std::array kindNames { std::pair { Kind::Bvn, u"bvn" },
 *                                  std::pair { Kind::Nin, u"nin" } };
 * nameOf(kindNames, Kind::Nin);    // "nin"
 * valueNamed(kindNames, u"bvn"_s); // Kind::Bvn
 * @endcode
 */
template<typename Names, typename Enum>
QString nameOf(const Names &names, Enum value)
{
    for (const auto &[entry, name] : names) {
        if (entry == value)
            return QString::fromUtf16(name);
    }
    return {};
}

/** The value @p name stands for in @p names (see nameOf()); none for a name not there. */
template<typename Names>
auto valueNamed(const Names &names, QStringView name)
        -> std::optional<std::decay_t<decltype(names.begin()->first)>>
{
    for (const auto &[entry, entryName] : names) {
        if (name == QStringView(entryName))
            return entry;
    }
    return std::nullopt;
}

} // namespace wn
