// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wn {

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

QString roleName(Role role);
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
