// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace wn {

/**
 * How complete an account's profile is: a percentage of weighted items, the items missing, and
 * the most valuable one to fill in next. The items depend on the role.
 */
QJsonObject profileCompletion(QSqlDatabase db, qint64 userId);

} // namespace wn
