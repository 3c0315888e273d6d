// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/roles.h>

#include <QString>

#include <optional>

namespace wn {

/** @brief Who is calling: the authenticated account behind a request. */
struct Principal
{
    qint64 userId = 0;
    Role role = Role::Talent;
    std::optional<qint64> companyId;
    QString tokenId; ///< the access token's jti, for logout
    QString email;
    qint64 expiresAt = 0; ///< the access token's expiry, seconds since the epoch
    qint64 apiKeyId = 0; ///< the API key that called (userId 0 then), on the external routes
    int apiKeyRequestsPerMinute = 0; ///< that key's own limit, 0 when it has none

    bool is(Role r) const { return role == r; }
    bool isStaff() const { return isStaffRole(role); }
    /** An admin or a super admin (who may do all an admin may). */
    bool isAdmin() const { return role == Role::Admin || role == Role::SuperAdmin; }
};

} // namespace wn
