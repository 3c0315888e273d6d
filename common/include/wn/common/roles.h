// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wn {

// The vocabulary's enums are Qt meta-types, so that a client's QML compares Role values and
// never the wire strings.
Q_NAMESPACE

/** @brief The system role of an account; the wire names are the snake_case strings. */
enum class Role {
    Talent,
    Employer, ///< a company's owner
    Employee, ///< a company's staff member, with a company role
    Admin,
    SuperAdmin,
    Support,
    Mentor,
    Instructor,
    Partner,
    Sponsor,
};
Q_ENUM_NS(Role)

QString roleName(Role role);
/** @p role as people read it ("Super admin"), untranslated (context "Role"); null if none. */
const char *roleLabel(Role role);
std::optional<Role> roleFromName(const QString &name);
QStringList allRoleNames();

/** Admin-console roles: admins, super admins and support staff. */
bool isStaffRole(Role role);
/** Roles acting for a company: its owner and its employees. */
bool isCompanyRole(Role role);

/** @brief Where an account stands. */
enum class AccountStatus { Pending, Active, Suspended, Deleted };

QString accountStatusName(AccountStatus status);
std::optional<AccountStatus> accountStatusFromName(const QString &name);

} // namespace wn
