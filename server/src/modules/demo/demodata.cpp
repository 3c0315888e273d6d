// SPDX-License-Identifier: Apache-2.0
#include "demodata.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "modules/accounts/accountservice.h"
#include "modules/onboarding/onboardingservice.h"

#include <wn/common/apierror.h>
#include <wn/common/schema.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

void activate(QSqlDatabase db, qint64 userId)
{
    Sql(db, u"UPDATE users SET status = 'active', email_verified_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, userId)
            .exec();
}

} // namespace

qint64 createAdmin(ServerContext &context, const QString &email, const QString &password, bool super)
{
    FieldErrors errors;
    const QJsonObject checked = Schema {
        { u"email"_s, Field::email().required() }, { u"password"_s, Field::password().required() }
    }.validate({ { u"email"_s, email }, { u"password"_s, password } }, errors);
    errors.throwIfAny();
    AccountService accounts(context);
    QSqlDatabase db = context.db();
    NewAccount account;
    account.email = checked.value(u"email"_s).toString();
    account.password = password;
    account.firstName = super ? u"Super"_s : u"Platform"_s;
    account.lastName = u"Admin"_s;
    account.role = super ? Role::SuperAdmin : Role::Admin;
    Transaction tx(db);
    const qint64 id = accounts.create(db, account);
    activate(db, id);
    tx.commit();
    return id;
}

QList<DemoLogin> seedDemo(ServerContext &context)
{
    const QList<DemoLogin> logins {
        { u"talent"_s, u"talent@demo.worknation.test"_s, u"Talent#2026"_s },
        { u"employer"_s, u"employer@demo.worknation.test"_s, u"Employer#2026"_s },
        { u"admin"_s, u"admin@demo.worknation.test"_s, u"Admin#2026"_s },
    };
    AccountService accounts(context);
    OnboardingService onboarding(context);
    QSqlDatabase db = context.db();

    if (!accounts.findByEmail(db, logins.at(0).email)) {
        const QJsonObject created
                = onboarding.registerTalent({ { u"first_name"_s, u"Ada"_s },
                                              { u"last_name"_s, u"Okafor"_s },
                                              { u"email"_s, logins.at(0).email },
                                              { u"password"_s, logins.at(0).password },
                                              { u"phone_number"_s, u"+2348012345678"_s },
                                              { u"state"_s, u"Lagos"_s },
                                              { u"gender"_s, u"female"_s },
                                              { u"date_of_birth"_s, u"1998-04-12"_s } },
                                            true);
        activate(db, created.value(u"user"_s).toObject().value(u"id"_s).toInteger());
    }
    if (!accounts.findByEmail(db, logins.at(1).email)) {
        const QJsonObject created = onboarding.registerEmployer(
                { { u"company_name"_s, u"Lagos Tech Hub Ltd"_s },
                  { u"first_name"_s, u"Bola"_s },
                  { u"last_name"_s, u"Adeyemi"_s },
                  { u"email"_s, logins.at(1).email },
                  { u"password"_s, logins.at(1).password },
                  { u"phone_number"_s, u"+2348098765432"_s },
                  { u"industry"_s, u"Information Technology"_s },
                  { u"state"_s, u"Lagos"_s },
                  { u"address"_s, u"12 Admiralty Way, Lekki"_s },
                  { u"website"_s, u"https://lagostechhub.example"_s } },
                true);
        activate(db, created.value(u"user"_s).toObject().value(u"id"_s).toInteger());
    }
    if (!accounts.findByEmail(db, logins.at(2).email))
        createAdmin(context, logins.at(2).email, logins.at(2).password, true);
    return logins;
}

} // namespace wn
