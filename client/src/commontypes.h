// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/roles.h>
#include <wn/common/user.h>

#include <QtQml/qqml.h>

// The vocabulary of wn-common as QML sees it. wn-common knows nothing of QML, so its types are
// registered here, in the client's module, as foreign types.

namespace wn::client {

/**
 * `Role.Talent`, `Role.Employer`, ...: QML compares a user's role with these, never with text.
 * QML sees every meta-enum of namespace wn under this name, so Role stays the only one there.
 */
namespace RoleForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(wn)
QML_NAMED_ELEMENT(Role)
} // namespace RoleForeign

/** The logged-in account (`Session.user`) as a value: `user.firstName`, `user.role`. */
struct UserSummaryForeign
{
    Q_GADGET
    QML_FOREIGN(wn::UserSummary)
    QML_VALUE_TYPE(userSummary)
};

} // namespace wn::client
