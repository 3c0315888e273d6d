// SPDX-License-Identifier: Apache-2.0
#include <wn/common/roles.h>

#include <array>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

struct RoleEntry
{
    Role role;
    const char16_t *name;
};

constexpr std::array roleTable {
    RoleEntry { Role::Talent, u"talent" },          RoleEntry { Role::Employer, u"employer" },
    RoleEntry { Role::Employee, u"employee" },      RoleEntry { Role::Admin, u"admin" },
    RoleEntry { Role::SuperAdmin, u"super_admin" }, RoleEntry { Role::Support, u"support" },
    RoleEntry { Role::Mentor, u"mentor" },          RoleEntry { Role::Instructor, u"instructor" },
    RoleEntry { Role::Partner, u"partner" },        RoleEntry { Role::Sponsor, u"sponsor" },
};

constexpr std::array statusNames { u"pending", u"active", u"suspended", u"deleted" };

} // namespace

QString roleName(Role role)
{
    for (const auto &entry : roleTable) {
        if (entry.role == role)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &entry : roleTable) {
        if (name == QStringView(entry.name))
            return entry.role;
    }
    return std::nullopt;
}

QStringList allRoleNames()
{
    QStringList names;
    for (const auto &entry : roleTable)
        names.append(QString::fromUtf16(entry.name));
    return names;
}

bool isStaffRole(Role role)
{
    return role == Role::Admin || role == Role::SuperAdmin || role == Role::Support;
}

bool isCompanyRole(Role role)
{
    return role == Role::Employer || role == Role::Employee;
}

QString accountStatusName(AccountStatus status)
{
    return QString::fromUtf16(statusNames.at(std::size_t(status)));
}

std::optional<AccountStatus> accountStatusFromName(const QString &name)
{
    for (std::size_t i = 0; i < statusNames.size(); ++i) {
        if (name == QStringView(statusNames.at(i)))
            return AccountStatus(i);
    }
    return std::nullopt;
}

} // namespace wn
