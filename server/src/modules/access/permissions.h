// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace wn {

/** @brief One thing a role may be allowed to do. */
struct Permission
{
    QString name;
    QString description;
    bool companyScoped; ///< may be granted by a company to its staff roles
};

/** Every permission the platform knows, in a stable order. */
const QList<Permission> &permissionCatalog();
/** The names in @p requested that are not permissions (of company scope, when @p companyOnly). */
QStringList unknownPermissions(const QStringList &requested, bool companyOnly);
/** A JSON text array of permissions as stored, parsed. */
QJsonArray permissionsFromText(const QString &text);

} // namespace wn
