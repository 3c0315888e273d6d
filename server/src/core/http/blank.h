// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wn {

/** Refuses (400, naming each) the @p fields that @p input holds as blank text. A Schema lets an
 *  optional text be empty; an edit may leave a field a record needs out, never blank it. */
void refuseBlank(const QJsonObject &input, const QStringList &fields);

} // namespace wn
