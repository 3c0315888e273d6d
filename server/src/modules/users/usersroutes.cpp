// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/database.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/files/filelifecycle.h"
#include "modules/files/filesroutes.h"
#include "profilecompletion.h"

#include <wn/common/apierror.h>

#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Staff see every account; everyone else only their own ("not found" for the rest). */
void requireSelfOrStaff(const Call &call, qint64 userId)
{
    const Principal &me = call.principal();
    if (me.userId != userId && !me.isStaff())
        throw ApiError::notFound(u"User not found"_s);
}

} // namespace

void installUsers(Api &api, ServerContext &context, std::shared_ptr<AccountService> accounts)
{
    RouteGroup users(
            api, { .prefix = u"/api/v1/users"_s, .tag = u"Users"_s, .seedPrefix = u"User > "_s });
    RouteGroup signedIn = users.group({ .access = Access::Authenticated });

    Storage *storage = context.storage.get();

    signedIn.get(u"/{id}"_s,
                 { .seed = { u"Get user by id"_s },
                   .summary = u"An account by id (your own, or any for staff)"_s },
                 [accounts](Call &call) {
                     const qint64 id = call.pathId(u"id"_s);
                     requireSelfOrStaff(call, id);
                     return accounts->details(call.db(), id);
                 });

    signedIn.get(u"/by-uuid/{uuid}"_s,
                 { .seed = { u"Get user by uuid"_s },
                   .summary = u"An account by uuid (your own, or any for staff)"_s },
                 [accounts](Call &call) {
                     const QString uuid = call.path(u"uuid"_s);
                     if (QUuid::fromString(uuid).isNull())
                         throw ApiError::badRequest(QStringList { u"uuid must be a UUID"_s });
                     const auto user = accounts->findByUuid(call.db(), uuid.toLower());
                     if (!user)
                         throw ApiError::notFound(u"User not found"_s);
                     requireSelfOrStaff(call, user->id);
                     return accounts->details(call.db(), user->id);
                 });

    users.get(u"/by-email"_s,
              { .seed = { u"Get User By Email"_s },
                .access = Access::staff(),
                .summary = u"An account by email"_s,
                .query = { { u"email"_s, Field::email().required() } } },
              [accounts](Call &call) {
                  const auto user = accounts->findByEmail(
                          call.db(), call.query().value(u"email"_s).toString());
                  if (!user)
                      throw ApiError::notFound(u"User not found"_s);
                  return accounts->details(call.db(), user->id);
              });

    signedIn.get(u"/{id}/profile-completion"_s,
                 { .seed = { u"Get user's profile completion percentage"_s },
                   .summary
                   = u"How complete a profile is, what is missing, and what to fill in next"_s },
                 [](Call &call) {
                     const qint64 id = call.pathId(u"id"_s);
                     requireSelfOrStaff(call, id);
                     return profileCompletion(call.db(), id);
                 });

    users.post(u"/activate"_s,
               { .seed = { u"Activate By Email"_s },
                 .access = Access::roles(Role::Admin),
                 .summary = u"Activate an account and mark its email verified (admin)"_s,
                 .body = { { u"email"_s, Field::email().required() } } },
               [accounts](Call &call) {
                   return accounts->activate(call.db(), call.body().value(u"email"_s).toString())
                           .toJson();
               });

    signedIn.del(u"/{id}"_s,
                 { .seed = { u"Destroy user"_s },
                   .summary = u"Close an account: your own, or (admins) another's"_s },
                 [accounts](Call &call) {
                     const qint64 id = call.pathId(u"id"_s);
                     const Principal &me = call.principal();
                     if (me.userId != id) {
                         if (!me.isAdmin())
                             throw ApiError::notFound(u"User not found"_s);
                         const UserSummary target = accounts->summary(call.db(), id);
                         if (isStaffRole(target.role) && me.role != Role::SuperAdmin)
                             throw ApiError::forbidden(
                                     u"Only a super admin may close a staff account"_s);
                     }
                     accounts->destroy(call.db(), id);
                     return Response::message(u"Account closed"_s);
                 });

    signedIn.post(
            u"/me/avatar"_s,
            { .seed = { u"Upload avatar/logo"_s },
              .summary
              = u"Upload your picture (PNG, JPEG or WebP, at most 5 MiB) as the body; for a company's owner it is also the company logo"_s,
              .rawBody = true,
              .maxBody = Storage::maxBytes(FileKind::Avatar),
              .storesFile = true },
            [storage, &context](Call &call) {
                const Principal &me = call.principal();
                QSqlDatabase db = call.db();
                const bool companyOwner
                        = (me.role == Role::Employer || me.role == Role::Sponsor) && me.companyId;
                // Stored before the transaction: it only refers to the file.
                const StoredFile file = storage->store(
                        db, me.userId, companyOwner ? FileKind::Logo : FileKind::Avatar,
                        call.upload());
                Transaction tx(db);
                const SqlRow before
                        = Sql(db,
                              u"SELECT u.avatar_key, c.logo_key FROM users u LEFT JOIN companies "
                              "c ON c.id = u.company_id WHERE u.id = :id"_s)
                                  .bind(u":id"_s, me.userId)
                                  .single();
                QStringList replaced { before.text(u"avatar_key"_s) };
                Sql(db, u"UPDATE users SET avatar_key = :key, updated_at = :now WHERE id = :id"_s)
                        .bind(u":key"_s, file.key)
                        .bind(u":now"_s, nowText())
                        .bind(u":id"_s, me.userId)
                        .exec();
                if (companyOwner) {
                    replaced.append(before.text(u"logo_key"_s));
                    Sql(db,
                        u"UPDATE companies SET logo_key = :key, updated_at = :now WHERE id = :id"_s)
                            .bind(u":key"_s, file.key)
                            .bind(u":now"_s, nowText())
                            .bind(u":id"_s, *me.companyId)
                            .exec();
                }
                tx.commit();
                releaseFiles(*storage, db, replaced);
                return storedFileJson(*storage, file);
            });
}

} // namespace wn
