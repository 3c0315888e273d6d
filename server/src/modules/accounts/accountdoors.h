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

/** The body of a call that opens an account, its "language" filled in when the caller gave
 *  none: the first of forms::languages() the request's Accept-Language accepts (a browser says
 *  its reader's languages there), else left out (mail goes in the server's mail/language). */
QJsonObject withLanguage(const Call &call);

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

/** Declares asking for a password reset code at @p path for accounts of @p roles (any account
 *  when empty), with the body an email: a code is mailed when such an account uses it, and the
 *  answer is @p sent either way. @p endpoint says its seed, summary and tag. */
void installForgotPassword(Api &api, const std::shared_ptr<AccountService> &accounts,
                           const QString &path, Endpoint endpoint, const QList<Role> &roles,
                           const QString &sent);

/** Declares choosing a new password with the mailed code at @p path for accounts of @p roles (any
 *  account when empty), with passwordResetBody(); the answer is @p changed. @p endpoint says its
 *  seed, summary and tag. */
void installPasswordReset(Api &api, const std::shared_ptr<AccountService> &accounts,
                          const QString &path, Endpoint endpoint, const QList<Role> &roles,
                          const QString &changed);

} // namespace wn::accountdoors
