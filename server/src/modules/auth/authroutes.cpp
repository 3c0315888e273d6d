// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountdoors.h"
#include "modules/accounts/accountservice.h"

#include <wn/common/forms.h>

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace wn {

using namespace accountdoors;

void installAuth(Api &api, ServerContext &context, std::shared_ptr<AccountService> accounts)
{
    struct Door
    {
        QString path;
        QString seed;
        QString summary;
        QList<Role> roles;
    };
    const QList<Door> doors {
        { u"/api/v1/auth/login"_s,
          {},
          u"Log in with any account (admins, support, mentors, instructors, sponsors)"_s,
          { Role::Talent, Role::Employer, Role::Employee, Role::Admin, Role::SuperAdmin,
            Role::Support, Role::Mentor, Role::Instructor, Role::Sponsor } },
        { u"/api/v1/auth/login/talent"_s,
          u"Auth > login as talent"_s,
          u"Log in as a talent"_s,
          { Role::Talent } },
        { u"/api/v1/auth/login/employer"_s,
          u"Auth > login as employer"_s,
          u"Log in as an employer (company owner)"_s,
          { Role::Employer } },
        { u"/api/v1/auth/login/company"_s,
          u"Auth > Company login"_s,
          u"Log in to a company: its owner or its staff"_s,
          { Role::Employer, Role::Employee, Role::Sponsor } },
        { u"/api/v1/auth/login/employee"_s,
          u"Auth > employee login"_s,
          u"Log in as a company's staff member"_s,
          { Role::Employee } },
    };
    for (const Door &door : doors) {
        installLogin(api, accounts, door.path,
                     { .seed = door.seed.isEmpty() ? QStringList() : QStringList { door.seed },
                       .summary = door.summary,
                       .tag = u"Auth"_s,
                       .body = loginBody(u"ada@example.com"_s) },
                     door.roles);
    }

    api.get(u"/api/v1/auth/me"_s,
            { .seed = { u"Auth > Me"_s },
              .access = Access::Authenticated,
              .summary = u"The current user"_s },
            [accounts](Call &call) {
                return accounts->details(call.db(), call.principal().userId);
            });

    api.patch(u"/api/v1/auth/me"_s,
              { .access = Access::Authenticated,
                .summary = u"Change the current user's settings: the language mail is written in "
                           u"(null for the server's)"_s,
                .tag = u"Auth"_s,
                .body = { { u"language"_s, forms::language().nullable().required() } } },
              [accounts](Call &call) {
                  accounts->setLanguage(call.db(), call.principal().userId,
                                        call.body().value(u"language"_s).toString());
                  return accounts->details(call.db(), call.principal().userId);
              });

    api.post(u"/api/v1/auth/logout"_s,
             { .seed = { u"Auth > Logout"_s },
               .access = Access::Authenticated,
               .summary = u"Revoke the current access token at once"_s },
             [accounts](Call &call) {
                 accounts->logout(call.principal());
                 return Response::message(u"Logged out"_s);
             });

    api.post(u"/api/v1/auth/verify-token"_s,
             { .seed = { u"Auth > Verify token"_s },
               .summary = u"Check an access token: valid, not revoked, whose"_s,
               .body = { { u"token"_s, Field::string(1, 4096).verbatim().required() } } },
             [accounts, &context](Call &call) {
                 const Principal principal
                         = context.tokens->authenticate(call.body().value(u"token"_s).toString());
                 return QJsonObject { { u"valid"_s, true },
                                      { u"user"_s,
                                        accounts->summary(call.db(), principal.userId).toJson() } };
             });

    api.post(u"/api/v1/auth/verify-email"_s,
             { .seed = { u"Auth > Verify Email"_s },
               .summary = u"Verify an email address with the 6-digit code sent to it"_s,
               .body = { { u"email"_s, Field::email().required() },
                         { u"token"_s, mailedCode().required() } } },
             [accounts](Call &call) {
                 accounts->verifyEmail(call.body().value(u"email"_s).toString(),
                                       call.body().value(u"token"_s).toString());
                 return Response::message(u"Email verified; you can log in now"_s);
             });

    api.post(u"/api/v1/auth/resend-token"_s,
             { .seed = { u"Auth > Resend Token"_s },
               .summary
               = u"Send a new verification code (same answer whether or not the account exists)"_s,
               .body = { { u"email"_s, Field::email().required() } } },
             [accounts](Call &call) {
                 accounts->resendVerification(call.body().value(u"email"_s).toString());
                 return Response::message(
                         u"If an unverified account uses this address, a new code is on its way"_s);
             });

    const QList<Role> anyAccount;
    installForgotPassword(
            api, accounts, u"/api/v1/auth/forgot-password"_s,
            { .seed = { u"User > Forgot password"_s },
              .summary
              = u"Mail a password reset code (same answer whether or not the account exists)"_s,
              .tag = u"Auth"_s },
            anyAccount, u"If an account uses this address, a reset code is on its way"_s);

    installPasswordReset(api, accounts, u"/api/v1/auth/reset-password"_s,
                         { .seed = { u"User > Reset Password"_s },
                           .summary = u"Choose a new password with the mailed reset code"_s,
                           .tag = u"Auth"_s },
                         anyAccount, u"Password changed; log in with the new one"_s);

    api.post(u"/api/v1/auth/change-password"_s,
             { .seed = { u"User > Change Password"_s },
               .access = Access::Authenticated,
               .summary = u"Change the password; other sessions are logged out"_s,
               .tag = u"Auth"_s,
               .body = { { u"current_password"_s, Field::string(1, 128).verbatim().required() },
                         { u"new_password"_s, Field::password().required() } } },
             [accounts](Call &call) {
                 accounts->changePassword(call.principal(),
                                          call.body().value(u"current_password"_s).toString(),
                                          call.body().value(u"new_password"_s).toString());
                 return Response::message(u"Password changed"_s);
             });

    api.post(u"/api/v1/auth/accept-invite"_s,
             { .summary
               = u"Accept an invitation: choose a password, activate the account, and log in"_s,
               .tag = u"Auth"_s,
               .body = { { u"token"_s, Field::string(10, 200).required() },
                         { u"password"_s, Field::password().required() },
                         { u"language"_s,
                           forms::language().describe(
                                   u"The language mail is written in; else the browser's "
                                   u"(Accept-Language), else the one the account had"_s) } } },
             [accounts](Call &call) {
                 const QJsonObject body = withLanguage(call);
                 return accounts
                         ->acceptInvitation(body.value(u"token"_s).toString(),
                                            body.value(u"password"_s).toString(),
                                            body.value(u"language"_s).toString(), clientOf(call))
                         .toJson();
             });

    api.get(u"/api/v1/auth/profile-image"_s,
            { .seed = { u"Auth > Get user's profile image url"_s },
              .access = Access::Authenticated,
              .summary = u"The current user's picture: their avatar, or their company's logo"_s },
            [&context](Call &call) {
                const std::optional<SqlRow> row
                        = Sql(call.db(),
                              u"SELECT u.avatar_key, c.logo_key FROM users u LEFT JOIN companies c ON c.id = u.company_id WHERE u.id = :id"_s)
                                  .bind(u":id"_s, call.principal().userId)
                                  .one();
                QString key;
                if (row)
                    key = !row->isNull(u"avatar_key"_s) ? row->text(u"avatar_key"_s)
                                                        : row->text(u"logo_key"_s);
                const QString url = context.storage->url(key);
                return QJsonObject { { u"url"_s, textOrNull(url) } };
            });

    api.get(u"/api/v1/auth/login-stats"_s,
            { .seed = { u"Auth > Login page statistics"_s },
              .summary = u"Public figures for the login page"_s },
            [](Call &call) {
                const SqlRow counts
                        = Sql(call.db(),
                              u"SELECT "
                              "(SELECT COUNT(*) FROM users WHERE role = 'talent' AND status = "
                              "'active') AS talents, "
                              "(SELECT COUNT(*) FROM companies WHERE kind = 'employer' AND "
                              "deleted_at IS NULL) AS employers, "
                              "(SELECT COUNT(*) FROM companies WHERE is_sponsor = TRUE AND "
                              "deleted_at IS NULL) AS sponsors, "
                              "(SELECT COUNT(DISTINCT country_code) FROM users WHERE role = "
                              "'talent' AND status = 'active') AS countries"_s)
                                  .single();
                return QJsonObject { { u"talents"_s, counts.id(u"talents"_s) },
                                     { u"employers"_s, counts.id(u"employers"_s) },
                                     { u"sponsors"_s, counts.id(u"sponsors"_s) },
                                     { u"countries"_s, counts.id(u"countries"_s) } };
            });
}

} // namespace wn
