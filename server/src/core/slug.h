// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace wn {

/** @p title in lower-case ASCII words joined by dashes ("Café & Data 101" → "cafe-data-101"), at
 *  most 80 characters; @p fallback when nothing of it is left. */
QString slugBase(const QString &title, const QString &fallback);
/** The first of base, base-2, base-3, ... that no row of @p table (a name from code, never from a
 *  request) has taken as its slug. */
QString freeSlug(QSqlDatabase db, const QString &table, const QString &base);

} // namespace wn
