// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QJsonArray>

namespace wn::test {

/** The entry of @p items whose code is @p code; empty if there is none. */
QJsonObject findByCode(const QJsonArray &items, const QString &code);

/** @brief What the reference-list suites share: reading a list as a caller sees it. */
class CatalogFixture : public StaffFixture
{
protected:
    /** The first 100 entries of the list at /api/v1/@p path (with @p query appended). */
    QJsonArray listed(const QString &path, const QString &query = {}, const QString &token = {});
    /** How many entries the list holds, deactivated ones included. */
    qint64 countOf(const QString &path);

    int m_counter = 0;
};

} // namespace wn::test
