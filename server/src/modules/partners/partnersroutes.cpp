// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "apikeyservice.h"
#include "assessmentportal.h"
#include "msdservice.h"
#include "partnerservice.h"
#include "vendorservices.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "modules/accounts/accountdoors.h"
#include "modules/accounts/accountservice.h"

#include <wn/common/forms.h>

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString keysTag = u"API keys"_s;
const QString externalTag = u"External"_s;

WebhookHeaders webhookHeaders(const Call &call)
{
    return { QString::fromLatin1(call.header("webhook-id")),
             QString::fromLatin1(call.header("webhook-timestamp")),
             QString::fromLatin1(call.header("webhook-signature")) };
}

Schema talentsSchema()
{
    const Schema talent {
        { u"email"_s, Field::email().required() },
        { u"first_name"_s, Field::string(1, 100).required() },
        { u"last_name"_s, Field::string(1, 100).required() },
        { u"phone_number"_s, Field::pattern(u"^\\+?[0-9]{7,15}$"_s, u"a phone number"_s, 16) },
    };
    return { { u"talents"_s, Field::arrayOf(Field::object(talent), 100).required() } };
}

Schema webhookSchema()
{
    const Schema data {
        { u"wn_id"_s, Field::string(1, 40).required().describe(u"The talent's Worknation id"_s) },
        { u"job_title"_s, Field::string(1, 200).required() },
        { u"note"_s, Field::text(1000) },
        { u"occurred_at"_s, Field::dateTime() },
    };
    return { { u"type"_s, Field::oneOf(PartnerService::webhookEvents()).required() },
             { u"data"_s, Field::object(data).required() } };
}

} // namespace

void installPartners(Api &api, std::shared_ptr<ApiKeyService> keys,
                     std::shared_ptr<PartnerService> partners,
                     std::shared_ptr<AccountService> accounts,
                     std::shared_ptr<AssessmentPortal> portal)
{
    // The one door of every external route: a key, its scope, its rate.
    api.setKeyDoor([keys](Call &call, const QString &key, const QString &scope) {
        return keys->authenticate(call.db(), key, scope);
    });

    // ---- Keys ----
    RouteGroup apiKeys(api, { .prefix = u"/api/v1"_s, .tag = keysTag });
    RouteGroup keyManagers = apiKeys.group(
            { .access = Access::roles(Role::Employer, Role::Employee, Role::Partner),
              .permission = u"webhooks.manage"_s });
    // Admins and support may read a company's keys too.
    const Access keyHolders = Access::roles(Role::Employer, Role::Employee, Role::Partner,
                                            Role::Admin, Role::Support);

    apiKeys.get(u"/api-key-scopes"_s,
                { .access = Access::Authenticated,
                  .summary = u"The scopes an API key may hold, and whether your company may hold "
                             u"each (may_hold)"_s },
                [keys](Call &call) { return keys->scopesFor(call.principal()); });

    keyManagers.post(u"/api-keys"_s,
                     { .seed = { u"Partners > Create Keys"_s, u"Assessment > Api Keys > Create"_s },
                       .summary = u"Issue an API key for your company: the key is shown this once. "
                                  u"Scopes marked partners_only need a partner organisation"_s,
                       .body = forms::apiKey(),
                       .status = 201 },
                     [keys](Call &call) { return keys->create(call.principal(), call.body()); });

    keyManagers.get(u"/api-keys"_s,
                    { .seed = { u"Partners > Fetch Keys"_s },
                      .summary = u"Your company's API keys with their status and last use"_s,
                      .paged = true },
                    [keys](Call &call) {
                        return keys->listOwn(call.principal(), call.page(), call.limit());
                    });

    keyManagers.get(u"/companies/{id}/api-keys"_s,
                    { .seed = { u"Assessment > Api Keys > Fetch keys by company id"_s },
                      .access = keyHolders,
                      .summary = u"A company's API keys: staff, or the company's own people"_s,
                      .paged = true },
                    [keys](Call &call) {
                        return keys->listOfCompany(call.principal(), call.pathId(u"id"_s),
                                                   call.page(), call.limit());
                    });

    apiKeys.get(
            u"/admin/api-keys"_s,
            { .seed = { u"Assessment > Api Keys > Find all keys"_s },
              .access = Access::staff(),
              .summary = u"Every API key, newest first"_s,
              .query = { { u"company_id"_s, Field::integer() },
                         { u"status"_s, Field::oneOf({ u"active"_s, u"revoked"_s }) } },
              .paged = true },
            [keys](Call &call) { return keys->listAll(call.query(), call.page(), call.limit()); });

    keyManagers.get(
            u"/api-keys/{id}"_s,
            { .seed = { u"Assessment > Api Keys > Fetch by key id"_s },
              .access = keyHolders,
              .summary = u"One API key (never its secret)"_s },
            [keys](Call &call) { return keys->get(call.principal(), call.pathId(u"id"_s)); });

    keyManagers.del(
            u"/api-keys/{id}"_s,
            { .seed = { u"Assessment > Api Keys > Delete"_s },
              .access = Access::roles(Role::Employer, Role::Employee, Role::Partner, Role::Admin),
              .summary = u"Revoke an API key: it stops working at once"_s },
            [keys](Call &call) { return keys->revoke(call.principal(), call.pathId(u"id"_s)); });

    keyManagers.post(u"/api-keys/{id}/rotate"_s,
                     { .summary
                       = u"Replace a key: the new one is shown once, the old one works for the "
                         u"overlap"_s,
                       .body = forms::apiKeyRotation(),
                       .status = 201 },
                     [keys](Call &call) {
                         return keys->rotate(call.principal(), call.pathId(u"id"_s), call.body());
                     });

    // ---- Partners ----
    accountdoors::installLogin(api, accounts, u"/api/v1/auth/login/partner"_s,
                               { .seed = { u"Partners > Login"_s },
                                 .summary = u"Log in as a partner's account (to manage its keys)"_s,
                                 .tag = u"Auth"_s,
                                 .body = accountdoors::loginBody() },
                               { Role::Partner });

    api.post(u"/api/v1/partners"_s,
             { .seed = { u"Partners > Create"_s },
               .access = Access::roles(Role::Admin),
               .summary = u"Register a partner organisation; its first account is invited by "
                          u"mail"_s,
               .body
               = { { u"name"_s, Field::string(2, 150).required() },
                   { u"email"_s, Field::email().required() },
                   { u"first_name"_s, Field::string(1, 100).required() },
                   { u"last_name"_s, Field::string(1, 100).required() },
                   { u"website"_s, Field::pattern(u"^https?://\\S+$"_s, u"a web address"_s, 255) },
                   { u"country"_s,
                     Field::pattern(u"^[A-Za-z]{2}$"_s, u"an ISO 3166 country code"_s, 2) } },
               .status = 201 },
             [partners](Call &call) { return partners->create(call.principal(), call.body()); });

    api.get(u"/api/v1/partners"_s,
            { .access = Access::Authenticated,
              .summary = u"The partners a talent may share their data with"_s,
              .tag = u"Partners"_s,
              .paged = true },
            [partners](Call &call) { return partners->list(call.page(), call.limit()); });

    api.post(u"/api/v1/external/talents"_s,
             { .seed = { u"Partners > Add Talents To Worknation"_s },
               .keyScope = u"talents.write"_s,
               .summary = u"Add talents: new emails get an invitation and share with you; existing "
                          u"talents are asked"_s,
               .tag = externalTag,
               .body = talentsSchema() },
             [partners](Call &call) { return partners->addTalents(call.principal(), call.body()); });

    // ---- External reads ----
    struct Read
    {
        QString path;
        QString seed;
        QString scope;
        QString summary;
        PartnerRead what;
    };
    const QList<Read> readRoutes {
        { u"/api/v1/external/applicants/{reference}"_s,
          u"External > User > Get Applicant by Reference"_s, u"applicants.read"_s,
          u"A consenting applicant by the reference Worknation gave you"_s, PartnerRead::Applicant },
        { u"/api/v1/external/files/{reference}"_s,
          u"External > Files(Videos, images or CVs) > Get files by reference"_s,
          u"applicants.read"_s,
          u"A consenting applicant's profile image, CV and intro video (signed links)"_s,
          PartnerRead::Files },
        { u"/api/v1/external/talents/{wn_id}"_s,
          u"External > Role Relay > Talents > Get Talent by WnId"_s, u"talents.read"_s,
          u"A consenting talent's profile by Worknation id"_s, PartnerRead::Profile },
        { u"/api/v1/external/talents/{wn_id}/profile-image"_s,
          u"External > Role Relay > Talents > Get Profile image by WnId"_s, u"talents.read"_s,
          u"A consenting talent's profile image"_s, PartnerRead::ProfileImage },
        { u"/api/v1/external/talents/{wn_id}/cv"_s,
          u"External > Role Relay > Talents > Get CV By WnId"_s, u"talents.read"_s,
          u"A consenting talent's CV (a signed link)"_s, PartnerRead::Cv },
        { u"/api/v1/external/talents/{wn_id}/intro-video"_s,
          u"External > Role Relay > Talents > Get Intro Video by WnId"_s, u"talents.read"_s,
          u"A consenting talent's intro video (a signed link)"_s, PartnerRead::IntroVideo },
    };
    for (const Read &read : readRoutes) {
        const QString param = read.path.contains(u"{reference}"_s) ? u"reference"_s : u"wn_id"_s;
        api.get(read.path,
                { .seed = { read.seed },
                  .keyScope = read.scope,
                  .summary = read.summary,
                  .tag = externalTag },
                [partners, param, what = read.what](Call &call) {
                    return partners->read(call.principal(), call.path(param), what);
                });
    }

    api.post(u"/api/v1/external/webhooks"_s,
             { .seed = { u"External > Role Relay > Webhooks > Send Data to Worknation"_s },
               .keyScope = u"webhooks.send"_s,
               .summary = u"Tell Worknation what happened to a talent: a Standard Webhooks message "
                          u"signed with the key's secret"_s,
               .tag = externalTag,
               .body = webhookSchema(),
               .beforeBody =
                       [partners](const Call &call) {
                           partners->verifyWebhook(call.principal(), webhookHeaders(call),
                                                   call.request().body());
                       },
               .status = 202 },
             [partners](Call &call) {
                 return partners->receiveWebhook(call.principal(), webhookHeaders(call),
                                                 call.body());
             });

    // ---- The talent's side ----
    RouteGroup sharing(api,
                       { .prefix = u"/api/v1/me"_s,
                         .access = Access::roles(Role::Talent),
                         .tag = u"Partners"_s });

    sharing.get(u"/partner-consents"_s,
                { .summary = u"The partners you share with (or did), and when each last read"_s },
                [partners](Call &call) { return partners->consents(call.principal()); });

    sharing.post(u"/partner-consents"_s,
                 { .summary = u"Share your profile, CV and intro video with a partner"_s,
                   .body = { { u"partner_id"_s, Field::integer().required() } } },
                 [partners](Call &call) {
                     return partners->grant(call.principal(),
                                            call.body().value(u"partner_id"_s).toInteger());
                 });

    sharing.del(u"/partner-consents/{partner_id}"_s,
                { .summary = u"Stop sharing with a partner: its next read is refused"_s },
                [partners](Call &call) {
                    return partners->withdraw(call.principal(), call.pathId(u"partner_id"_s));
                });

    sharing.get(u"/partner-reads"_s,
                { .summary = u"Which partner read what of yours, and when"_s, .paged = true },
                [partners](Call &call) {
                    return partners->reads(call.principal(), call.page(), call.limit());
                });

    // ---- The assessment portal's onboarding ----
    const Field hours
            = Field::integer(1, 24 * 30).describe(u"How long the link works (default 72 hours)"_s);
    api.post(u"/api/v1/assessment-portal/applicants"_s,
             { .seed = { u"Assessment > Onboarding > Applicant Assessment Portal Onboarding"_s },
               .keyScope = u"assessments.onboard"_s,
               .summary = u"A signed link that lands an applicant in an assessment (a new "
                          u"applicant is invited first)"_s,
               .tag = u"Assessment portal"_s,
               .body
               = { { u"email"_s, Field::email().required() },
                   { u"first_name"_s, Field::string(1, 100).required() },
                   { u"last_name"_s, Field::string(1, 100).required() },
                   { u"assessment"_s,
                     Field::string(1, 100).required().describe(u"The assessment's slug or id"_s) },
                   { u"expires_in_hours"_s, hours } },
               .status = 201 },
             [portal](Call &call) { return portal->applicantLink(call.principal(), call.body()); });

    api.post(u"/api/v1/assessment-portal/employer-links"_s,
             { .seed = { u"Assessment > Onboarding > Employer Assessment Portal Link"_s },
               .keyScope = u"assessments.onboard"_s,
               .summary = u"A signed link that lands the key's company on an assessment's "
                          u"results"_s,
               .tag = u"Assessment portal"_s,
               .body = { { u"assessment"_s, Field::string(1, 100).required() },
                         { u"expires_in_hours"_s, hours } },
               .status = 201 },
             [portal](Call &call) { return portal->employerLink(call.principal(), call.body()); });

    api.get(u"/api/v1/assessment-portal/onboarding"_s,
            { .seed = { u"Assessment > Onboarding > Onboarding"_s },
              .summary = u"Where an onboarding link leads: the assessment and the page to open"_s,
              .tag = u"Assessment portal"_s,
              .query = { { u"token"_s, Field::string(10, 4096).verbatim().required() } } },
            [portal](Call &call) {
                return portal->land(call.query().value(u"token"_s).toString());
            });
}

void installMsd(Api &api, ServerContext &context, std::shared_ptr<MsdService> msd)
{
    context.jobs->registerHandler(MsdService::registerJob, [msd](const QJsonObject &payload) {
        msd->registerInBackground(payload);
    });

    api.post(u"/api/v1/msd/users"_s,
             { .seed = { u"MSD > Register new user in background (works for only email)"_s },
               .keyScope = u"msd.register"_s,
               .summary = u"Register a talent by email alone, in the background: a new email is "
                          u"invited and shares with you; an existing one is asked"_s,
               .tag = u"MSD"_s,
               .body = { { u"email"_s, Field::email().required() } },
               .status = 202 },
             [msd](Call &call) { return msd->queueRegistration(call.principal(), call.body()); });

    api.get(u"/api/v1/msd/public-key"_s,
            { .summary = u"The public key MSD seals tokens to"_s, .tag = u"MSD"_s },
            [msd](Call &) { return msd->publicKey(); });

    api.post(u"/api/v1/msd/decrypt-token"_s,
             { .seed = { u"MSD > Decrypt token."_s },
               .keyScope = u"msd.register"_s,
               .summary = u"Open a token sealed to Worknation's public key: the JSON it holds"_s,
               .tag = u"MSD"_s,
               .body = { { u"token"_s, Field::string(1, 16384).verbatim().required() } } },
             [msd](Call &call) { return msd->decrypt(call.body().value(u"token"_s).toString()); });

    api.get(u"/api/v1/msd/users/{wn_id}/profile-responses"_s,
            { .seed = { u"MSD > Get user's responses for profile questions(MSD)"_s },
              .keyScope = u"talents.read"_s,
              .summary = u"A consenting talent's answers to the profile's questions"_s,
              .tag = u"MSD"_s },
            [msd](Call &call) {
                return msd->profileResponses(call.principal(), call.path(u"wn_id"_s));
            });
}

void installVendorServices(Api &api, std::shared_ptr<VendorServices> vendors,
                           std::shared_ptr<PartnerService> partners)
{
    api.post(u"/api/v1/ai/image-verification"_s,
             { .seed = { u"AI/ML > Assessment > Live Image verification"_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Check a live picture (PNG or JPEG body): sharpness, exposure, not "
                          u"seen before on another account, and with the vendor a face"_s,
               .tag = u"AI/ML"_s,
               .rawBody = true,
               .maxBody = 10 * 1024 * 1024 },
             [vendors](Call &call) {
                 return vendors->verifyImage(call.principal(), call.rawBody());
             });

    api.get(u"/api/v1/ai/talents/{id}"_s,
            { .seed = { u"AI/ML > Get Talent By id"_s },
              .keyScope = u"talents.read"_s,
              .summary = u"A consenting talent's profile by their numeric id"_s,
              .tag = u"AI/ML"_s },
            [partners](Call &call) {
                return partners->read(call.principal(), QString::number(call.pathId(u"id"_s)),
                                      PartnerRead::Profile, u"id"_s);
            });

    api.post(u"/api/v1/wallets"_s,
             { .seed = { u"parkway-wallet > Create Parkway-wallet"_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Open your wallet with the wallet provider (one per talent)"_s,
               .tag = u"Wallets"_s,
               .status = 201 },
             [vendors](Call &call) { return vendors->openWallet(call.principal()); });
}

} // namespace wn
