// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every kind of account's doors share: logging in with an email and a password, and
// choosing a new password with a mailed code.

#include "accountservice.h"
#include "core/http/api.h"

#include <memory>

namespace wn::accountdoors {

/** Where a login came from: the caller's address and User-Agent (at most 255 characters, without
 *  control characters). */
ClientInfo clientOf(const Call &call);

/** The 6-digit code mailed to verify an address or reset a password. */
Field mailedCode();

/** A login's body: an email (shown as @p example in the document, if given) and a password,
 *  taken as typed. */
Schema loginBody(const QString &example = {});

/** A password reset's body: the email, the mailed code and the new password. */
Schema passwordResetBody();

/** Declares a login at @p path for accounts of @p roles (AccountService::login): @p endpoint
 *  says its seed, summary, tag and body; the answer is the session. */
void installLogin(Api &api, const std::shared_ptr<AccountService> &accounts, const QString &path,
                  Endpoint endpoint, const QList<Role> &roles);

} // namespace wn::accountdoors
