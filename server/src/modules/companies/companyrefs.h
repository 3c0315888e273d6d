// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wn {

/** The company a row belongs to, as lists show it beside the row: its id and name (the columns
 *  company_id and company_name). */
template<typename Row>
QJsonObject companyRef(const Row &row)
{
    using namespace Qt::StringLiterals;
    return { { u"id"_s, row.id(u"company_id"_s) }, { u"name"_s, row.text(u"company_name"_s) } };
}

/** The address of the logo of the company a row belongs to (the column logo_key); none when it
 *  has none. */
template<typename Row, typename Storage>
std::optional<QString> companyLogoUrl(const Row &row, const Storage &storage)
{
    using namespace Qt::StringLiterals;
    const QString logo = row.text(u"logo_key"_s);
    return logo.isEmpty() ? std::nullopt : std::optional(storage.url(logo));
}

/** The company as a job's or a training's card shows it: companyRef() and its logo, null when
 *  it has none. */
template<typename Row, typename Storage>
QJsonObject companyCard(const Row &row, const Storage &storage)
{
    using namespace Qt::StringLiterals;
    QJsonObject company = companyRef(row);
    const std::optional<QString> logo = companyLogoUrl(row, storage);
    company.insert(u"logo_url"_s, logo ? QJsonValue(*logo) : QJsonValue());
    return company;
}

} // namespace wn
