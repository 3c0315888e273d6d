// SPDX-License-Identifier: Apache-2.0
#include "demodata.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "modules/services.h"

#include <QJsonArray>

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

/**
 * A hiring story the demo logins can work with: the company's jobs in every status with a
 * screening question, the talent's applications at different stages with a second applicant, a
 * chat between them, a training, and a testimonial waiting for an admin.
 */
void seedStory(ServerContext &context, Services &services, const Principal &talent,
               const Principal &employer)
{
    const QJsonObject question = services.questions.create(
            employer,
            { { u"question"_s, u"Can you work from Lagos three days a week?"_s },
              { u"kind"_s, u"yes_no"_s },
              { u"expected_answer"_s, u"yes"_s } });
    const QJsonArray asks { QJsonObject { { u"question_id"_s, question.value(u"id"_s) },
                                          { u"required"_s, true } } };
    struct DemoJob
    {
        QString title, summary, mode, type, state;
        qint64 salaryMin, salaryMax;
        QString status;
    };
    const QList<DemoJob> demoJobs {
        { u"Qt/C++ desktop developer"_s, u"Build our desktop products in C++ and QML."_s,
          u"hybrid"_s, u"full_time"_s, u"Lagos"_s, 450000, 700000, u"published"_s },
        { u"Data analyst"_s, u"Turn hiring data into weekly reports for our clients."_s,
          u"remote"_s, u"full_time"_s, u"Lagos"_s, 300000, 450000, u"published"_s },
        { u"Customer success associate"_s, u"Help employers get the best from the platform."_s,
          u"on_site"_s, u"full_time"_s, u"Lagos"_s, 180000, 250000, u"published"_s },
        { u"Backend engineer (PostgreSQL)"_s, u"Own the database layer of our hiring APIs."_s,
          u"remote"_s, u"contract"_s, u"Oyo"_s, 500000, 800000, u"published"_s },
        { u"Product design intern"_s, u"Six months with our design team, mentoring included."_s,
          u"hybrid"_s, u"internship"_s, u"FCT"_s, 80000, 120000, u"published"_s },
        { u"Technical writer"_s, u"Write guides for admins who install our software."_s,
          u"remote"_s, u"part_time"_s, u"Rivers"_s, 150000, 220000, u"published"_s },
        { u"Sales lead, Abuja"_s, u"Open the Abuja market with our partners."_s, u"on_site"_s,
          u"full_time"_s, u"FCT"_s, 350000, 500000, u"draft"_s },
        { u"QA engineer"_s, u"Test releases across Linux desktops."_s, u"hybrid"_s, u"full_time"_s,
          u"Lagos"_s, 250000, 400000, u"closed"_s },
    };
    JobsService &jobs = services.jobs;
    // Created last to first, so the newest (listed first) is the one with the most going on.
    QList<qint64> jobIds(demoJobs.size());
    for (qsizetype index = demoJobs.size() - 1; index >= 0; --index) {
        const DemoJob &job = demoJobs.at(index);
        QJsonObject input { { u"title"_s, job.title },
                            { u"summary"_s, job.summary },
                            { u"description"_s,
                              job.summary
                                      + u" You will join a team of twelve in a company that "
                                        "builds software for African employers."_s },
                            { u"job_type"_s, job.type },
                            { u"work_mode"_s, job.mode },
                            { u"state"_s, job.state },
                            { u"salary_min"_s, job.salaryMin },
                            { u"salary_max"_s, job.salaryMax },
                            { u"salary_currency"_s, u"NGN"_s },
                            { u"salary_period"_s, u"month"_s },
                            { u"publish"_s, job.status != u"draft"_s } };
        if (index == 0)
            input.insert(u"questions"_s, asks);
        jobIds[index] = jobs.create(employer, input).value(u"id"_s).toInteger();
    }

    // A second applicant, so the employer's lists have more than one person in them.
    OnboardingService &onboarding = services.onboarding;
    const QJsonObject other
            = onboarding.registerTalent({ { u"first_name"_s, u"Chinedu"_s },
                                          { u"last_name"_s, u"Eze"_s },
                                          { u"email"_s, u"chinedu@demo.worknation.test"_s },
                                          { u"password"_s, u"Chinedu#2026"_s },
                                          { u"phone_number"_s, u"+2348023456789"_s },
                                          { u"state"_s, u"Enugu"_s } },
                                        true);
    Principal second;
    second.userId = other.value(u"user"_s).toObject().value(u"id"_s).toInteger();
    second.role = Role::Talent;
    activate(context.db(), second.userId);

    ApplicationsService &applications = services.applications;
    const QJsonObject answers {
        { u"answers"_s,
          QJsonArray { QJsonObject { { u"question_id"_s, question.value(u"id"_s) },
                                     { u"answer"_s, u"yes"_s } } } }
    };
    const qint64 first
            = applications.apply(talent, jobIds.at(0), answers).value(u"id"_s).toInteger();
    applications.decide(employer, first, u"shortlisted"_s, {}, u"Strong QML portfolio"_s);
    applications.apply(talent, jobIds.at(1), {});
    applications.apply(second, jobIds.at(0), answers);
    applications.apply(second, jobIds.at(3), {});
    jobs.changeStatus(employer, jobIds.constLast(), u"closed"_s);

    ChatService &chat = services.chats;
    const qint64 chatId = chat.openChat(employer.userId, talent.userId).value(u"id"_s).toInteger();
    chat.sendMessage(employer.userId, chatId, talent.userId,
                     u"Hello Ada, thank you for applying. Are you free for a call on Thursday?"_s);
    chat.sendMessage(talent.userId, chatId, employer.userId,
                     u"Good afternoon. Yes, Thursday at 11 works for me."_s);
    chat.sendMessage(employer.userId, chatId, talent.userId,
                     u"Great, I will send the invitation. Please bring your portfolio."_s);

    TrainingService &trainings = services.trainings;
    const qint64 training
            = trainings
                      .create(employer,
                              { { u"title"_s, u"QML for web developers"_s },
                                { u"description"_s,
                                  u"Four Saturdays of hands-on Qt Quick, from layouts to models."_s },
                                { u"mode"_s, u"hybrid"_s } })
                      .value(u"id"_s)
                      .toInteger();
    trainings.changeStatus(employer, training, u"published"_s);

    services.testimonials.create(
            talent,
            { { u"rating"_s, 5 },
              { u"body"_s, u"I found a role that fits my skills within two weeks."_s },
              { u"role_text"_s, u"Software developer, Lagos"_s } });
}

/**
 * What the super admin's learning console shows: built-in courses, the talent asking to join
 * two (one approved), an academy the talent is attached to as an NYSC corps member. Skipped when
 * the courses are kept in Moodle, which the demo cannot fill.
 */
void seedLearning(Services &services, const Principal &admin, const Principal &talent)
{
    try {
        LmsService &lms = services.lms;
        const qint64 data
                = lms.createCategory(admin, { { u"name"_s, u"Data"_s } }).value(u"id"_s).toInteger();
        const qint64 software = lms.createCategory(admin, { { u"name"_s, u"Software"_s } })
                                        .value(u"id"_s)
                                        .toInteger();
        auto course = [&](qint64 category, const QString &code, const QString &name,
                          const QString &summary) {
            return lms
                    .createCourse(admin,
                                  { { u"category_id"_s, category },
                                    { u"shortname"_s, code },
                                    { u"fullname"_s, name },
                                    { u"summary"_s, summary } })
                    .value(u"id"_s)
                    .toInteger();
        };
        const qint64 analysis = course(data, u"DATA101"_s, u"Data analysis basics"_s,
                                       u"Spreadsheets, SQL and charts for everyday questions."_s);
        const qint64 qml = course(software, u"QML201"_s, u"Qt Quick for web developers"_s,
                                  u"Layouts, models and states in Qt Quick."_s);
        course(software, u"GIT101"_s, u"Version control with Git"_s,
               u"Commits, branches and pull requests."_s);
        const qint64 asked = lms.requestEnrolment(talent,
                                                  { { u"course_id"_s, qml },
                                                    { u"note"_s, u"For my new role"_s } })
                                     .value(u"id"_s)
                                     .toInteger();
        lms.approve(admin, asked);
        lms.requestEnrolment(talent,
                             { { u"course_id"_s, analysis },
                               { u"note"_s, u"To read our sales figures myself"_s } });

        LmsConsole &console = services.lmsConsole;
        const qint64 academy = console.createCompany(admin,
                                                     { { u"name"_s, u"Yaba Data Academy"_s },
                                                       { u"state"_s, u"Lagos"_s },
                                                       { u"industry"_s, u"Education"_s } })
                                       .value(u"id"_s)
                                       .toInteger();
        console.updateProfile(admin, talent.userId,
                              { { u"nysc"_s, true },
                                { u"nysc_state_code"_s, u"LA/24B/1234"_s },
                                { u"nysc_batch"_s, u"2024B"_s },
                                { u"academy_id"_s, academy } });
    } catch (const ApiError &) {
        // Courses kept in another LMS: the console still shows the accounts.
    }
}

qint64 addAdmin(ServerContext &context, Services &services, const QString &email,
                const QString &password, bool super)
{
    FieldErrors errors;
    const QJsonObject checked = Schema {
        { u"email"_s, Field::email().required() }, { u"password"_s, Field::password().required() }
    }.validate({ { u"email"_s, email }, { u"password"_s, password } }, errors);
    errors.throwIfAny();
    AccountService &accounts = services.accounts;
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

} // namespace

qint64 createAdmin(ServerContext &context, const QString &email, const QString &password, bool super)
{
    Services services(context);
    return addAdmin(context, services, email, password, super);
}

QList<DemoLogin> seedDemo(ServerContext &context)
{
    const QList<DemoLogin> logins {
        { u"talent"_s, u"talent@demo.worknation.test"_s, u"Talent#2026"_s },
        { u"employer"_s, u"employer@demo.worknation.test"_s, u"Employer#2026"_s },
        // A super admin: the admin sections and the learning console.
        { u"super admin"_s, u"admin@demo.worknation.test"_s, u"Admin#2026"_s },
    };
    Services services(context);
    AccountService &accounts = services.accounts;
    OnboardingService &onboarding = services.onboarding;
    QSqlDatabase db = context.db();

    const bool fresh = !accounts.findByEmail(db, logins.at(0).email)
            && !accounts.findByEmail(db, logins.at(1).email);
    Principal talent;
    talent.role = Role::Talent;
    Principal employer;
    employer.role = Role::Employer;
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
        talent.userId = created.value(u"user"_s).toObject().value(u"id"_s).toInteger();
        activate(db, talent.userId);
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
        const QJsonObject user = created.value(u"user"_s).toObject();
        employer.userId = user.value(u"id"_s).toInteger();
        employer.companyId = user.value(u"company_id"_s).toInteger();
        activate(db, employer.userId);
    }
    if (fresh)
        seedStory(context, services, talent, employer);
    if (!accounts.findByEmail(db, logins.at(2).email)) {
        Principal admin;
        admin.role = Role::SuperAdmin;
        admin.userId = addAdmin(context, services, logins.at(2).email, logins.at(2).password, true);
        if (fresh)
            seedLearning(services, admin, talent);
    }
    return logins;
}

} // namespace wn
