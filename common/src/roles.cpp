// SPDX-License-Identifier: Apache-2.0
#include <wn/common/roles.h>

#include <QtGlobal>

#include <array>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

struct RoleEntry
{
    Role role;
    const char16_t *name;
    /** As people read it; translated in the context "Role". */
    const char *label;
};

constexpr std::array roleTable {
    RoleEntry { Role::Talent, u"talent", QT_TRANSLATE_NOOP("Role", "Talent") },
    RoleEntry { Role::Employer, u"employer", QT_TRANSLATE_NOOP("Role", "Employer") },
    RoleEntry { Role::Employee, u"employee", QT_TRANSLATE_NOOP("Role", "Company staff") },
    RoleEntry { Role::Admin, u"admin", QT_TRANSLATE_NOOP("Role", "Admin") },
    RoleEntry { Role::SuperAdmin, u"super_admin", QT_TRANSLATE_NOOP("Role", "Super admin") },
    RoleEntry { Role::Support, u"support", QT_TRANSLATE_NOOP("Role", "Support") },
    RoleEntry { Role::Mentor, u"mentor", QT_TRANSLATE_NOOP("Role", "Mentor") },
    RoleEntry { Role::Instructor, u"instructor", QT_TRANSLATE_NOOP("Role", "Instructor") },
    RoleEntry { Role::Partner, u"partner", QT_TRANSLATE_NOOP("Role", "Partner") },
    RoleEntry { Role::Sponsor, u"sponsor", QT_TRANSLATE_NOOP("Role", "Sponsor") },
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

const char *roleLabel(Role role)
{
    for (const auto &entry : roleTable) {
        if (entry.role == role)
            return entry.label;
    }
    return nullptr;
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
