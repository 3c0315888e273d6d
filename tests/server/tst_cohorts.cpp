// SPDX-License-Identifier: Apache-2.0
// Cohorts with their talents, skills and instructors; instructor accounts, which sign in and
// reset their passwords through the accounts' own code; and the talents' ratings of them.
#include "areas/cohorts.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCohorts : public QObject, public CohortsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void cohortIsCreatedEditedAndDeleted();
    void badCohortsAreRefusedNamingTheField();
    void cohortsAreRunByAdmins_data();
    void cohortsAreRunByAdmins();
    void membersSeeTheirOwnCohorts();
    void membersMustBeOfTheirKind();
    void instructorSignsInAtTheirOwnDoor();
    void instructorResetsTheirPassword();
    void instructorsAreListedAndEdited();
    void talentsRateInstructorsOncePerCohort();
    void cohortSkillsAreListed();

private:
    TestUser m_instructor;
    TestUser m_otherInstructor;
    qint64 m_skill = 0;
};

void TestCohorts::initTestCase()
{
    startWithStaff();
    m_instructor = newInstructor();
    cast(u"instructor"_s, m_instructor);
    m_otherInstructor = newInstructor();
    QVERIFY(!m_instructor.token.isEmpty() && !m_otherInstructor.token.isEmpty());
    const QJsonArray skills
            = m_server->get(u"/api/v1/skills?limit=1"_s).json().value(u"data"_s).toArray();
    QVERIFY(!skills.isEmpty());
    m_skill = skills.at(0).toObject().value(u"id"_s).toInteger();
}

void TestCohorts::cohortIsCreatedEditedAndDeleted()
{
    const Reply created = m_server->post(u"/api/v1/cohorts"_s,
                                         QJsonObject { { u"name"_s, u"Spreadsheets, March"_s },
                                                       { u"start_date"_s, u"2027-03-01"_s },
                                                       { u"end_date"_s, u"2027-05-30"_s },
                                                       { u"skill_ids"_s, QJsonArray { m_skill } } },
                                         m_admin.token);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(u"id"_s).toInteger();
    QCOMPARE(valuesOf(created.json().value(u"skills"_s), u"id"_s),
             QStringList { QString::number(m_skill) });
    QCOMPARE(created.json().value(u"talents"_s).toInt(), 0);

    const Reply renamed = m_server->patch(
            cohortPath(id), QJsonObject { { u"name"_s, u"Spreadsheets, April"_s } }, m_admin.token);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"name"_s).toString(), u"Spreadsheets, April"_s);
    QCOMPARE(renamed.json().value(u"start_date"_s).toString(), u"2027-03-01"_s);
    QCOMPARE(m_server->get(cohortPath(id), m_admin.token).json().value(u"name"_s).toString(),
             u"Spreadsheets, April"_s);
    QCOMPARE(m_server->del(cohortPath(id), m_talent.token).status, 403);
    QCOMPARE(m_server->del(cohortPath(id), m_admin.token).status, 204);
    QCOMPARE(m_server->get(cohortPath(id), m_admin.token).status, 404);
    QCOMPARE(m_server->del(cohortPath(id), m_admin.token).status, 404);
}

void TestCohorts::badCohortsAreRefusedNamingTheField()
{
    const Reply nameless = m_server->post(u"/api/v1/cohorts"_s, QJsonObject(), m_admin.token);
    QCOMPARE(nameless.status, 400);
    QVERIFY(namesMessage(nameless, u"name"_s));
    const Reply backwards = m_server->post(u"/api/v1/cohorts"_s,
                                           QJsonObject { { u"name"_s, u"Backwards"_s },
                                                         { u"start_date"_s, u"2027-03-01"_s },
                                                         { u"end_date"_s, u"2027-01-01"_s } },
                                           m_admin.token);
    QCOMPARE(backwards.status, 400);
    QVERIFY(namesMessage(backwards, u"end_date"_s));
    const Reply unknownSkill
            = m_server->post(u"/api/v1/cohorts"_s,
                             QJsonObject { { u"name"_s, u"Unknown skill"_s },
                                           { u"skill_ids"_s, QJsonArray { 99999999 } } },
                             m_admin.token);
    QCOMPARE(unknownSkill.status, 400);
    QVERIFY(namesMessage(unknownSkill, u"skill_ids"_s));
    const qint64 id = newCohort();
    const Reply badDate = m_server->patch(
            cohortPath(id), QJsonObject { { u"start_date"_s, u"March"_s } }, m_admin.token);
    QCOMPARE(badDate.status, 400);
    QVERIFY(namesMessage(badDate, u"start_date"_s));
    const Reply blanked
            = m_server->patch(cohortPath(id), QJsonObject { { u"name"_s, u" "_s } }, m_admin.token);
    QCOMPARE(blanked.status, 400);
    QVERIFY(namesMessage(blanked, u"name"_s));
}

void TestCohorts::cohortsAreRunByAdmins_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << 201;
    QTest::addRow("super admin") << u"super_admin"_s << 201;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("instructor") << u"instructor"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCohorts::cohortsAreRunByAdmins()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QCOMPARE(m_server->post(u"/api/v1/cohorts"_s, QJsonObject { { u"name"_s, u"Who runs it"_s } },
                            tokenOf(caller))
                     .status,
             expected);
}

void TestCohorts::membersSeeTheirOwnCohorts()
{
    const qint64 ours = newCohort();
    const qint64 theirs = newCohort();
    const TestUser member = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(ours, member));
    QVERIFY(addInstructor(ours, m_instructor));
    QVERIFY(addInstructor(theirs, m_otherInstructor));
    const Reply twice
            = m_server->post(cohortPath(ours, u"/talents"_s),
                             QJsonObject { { u"talent_id"_s, member.id } }, m_admin.token);
    QCOMPARE(twice.status, 409);

    const Reply talentList = m_server->get(u"/api/v1/cohorts"_s, member.token);
    QCOMPARE(talentList.status, 200);
    QCOMPARE(valueSet(talentList.json().value(u"data"_s), u"id"_s),
             QSet<QString> { QString::number(ours) });
    const QSet<QString> taught = valueSet(
            m_server->get(u"/api/v1/cohorts"_s, m_instructor.token).json().value(u"data"_s),
            u"id"_s);
    QVERIFY(taught.contains(QString::number(ours)));
    QVERIFY(!taught.contains(QString::number(theirs)));
    const Reply one = m_server->get(cohortPath(ours), member.token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"talents"_s).toInt(), 1);
    QCOMPARE(valuesOf(one.json().value(u"instructor_list"_s), u"id"_s),
             QStringList { QString::number(m_instructor.id) });
    QCOMPARE(m_server->get(cohortPath(theirs), member.token).status, 404);
    QCOMPARE(m_server->get(cohortPath(theirs), m_instructor.token).status, 404);
    QCOMPARE(m_server->get(cohortPath(ours), m_employer.token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/cohorts"_s).status, 401);
    QVERIFY(valueSet(m_server->get(u"/api/v1/cohorts?limit=100"_s, m_admin.token)
                             .json()
                             .value(u"data"_s),
                     u"id"_s)
                    .contains(QString::number(theirs)));
}

void TestCohorts::membersMustBeOfTheirKind()
{
    const qint64 cohort = newCohort();
    const Reply employerAsTalent
            = m_server->post(cohortPath(cohort, u"/talents"_s),
                             QJsonObject { { u"talent_id"_s, m_employer.id } }, m_admin.token);
    QCOMPARE(employerAsTalent.status, 400);
    QVERIFY(namesMessage(employerAsTalent, u"talent_id"_s));
    const Reply talentAsInstructor
            = m_server->post(cohortPath(cohort, u"/instructors"_s),
                             QJsonObject { { u"instructor_id"_s, m_talent.id } }, m_admin.token);
    QCOMPARE(talentAsInstructor.status, 400);
    QVERIFY(namesMessage(talentAsInstructor, u"instructor_id"_s));
    const Reply missing
            = m_server->post(cohortPath(cohort, u"/talents"_s), QJsonObject(), m_admin.token);
    QCOMPARE(missing.status, 400);
    QVERIFY(namesMessage(missing, u"talent_id"_s));
    QCOMPARE(m_server->post(cohortPath(99999999, u"/talents"_s),
                            QJsonObject { { u"talent_id"_s, m_talent.id } }, m_admin.token)
                     .status,
             404);
    QCOMPARE(m_server->post(cohortPath(cohort, u"/talents"_s),
                            QJsonObject { { u"talent_id"_s, m_talent.id } }, m_instructor.token)
                     .status,
             403);
}

void TestCohorts::instructorSignsInAtTheirOwnDoor()
{
    const Reply signedIn = m_server->post(u"/api/v1/instructors/login"_s,
                                          QJsonObject { { u"email"_s, m_instructor.email },
                                                        { u"password"_s, m_instructor.password } });
    QCOMPARE(signedIn.status, 200);
    const QString token = signedIn.json().value(u"access_token"_s).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, token).json().value(u"role"_s).toString(),
             u"instructor"_s);
    const Reply talentAtTheDoor
            = m_server->post(u"/api/v1/instructors/login"_s,
                             QJsonObject { { u"email"_s, userOf(u"talent"_s).email },
                                           { u"password"_s, userOf(u"talent"_s).password } });
    QCOMPARE(talentAtTheDoor.status, 403);
    const Reply wrongPassword = m_server->post(
            u"/api/v1/instructors/login"_s,
            QJsonObject { { u"email"_s, m_instructor.email }, { u"password"_s, u"not it"_s } });
    QCOMPARE(wrongPassword.status, 401);
    const Reply badEmail = m_server->post(
            u"/api/v1/instructors/login"_s,
            QJsonObject { { u"email"_s, u"nobody"_s }, { u"password"_s, u"x"_s } });
    QCOMPARE(badEmail.status, 400);
    QVERIFY(namesMessage(badEmail, u"email"_s));
}

void TestCohorts::instructorResetsTheirPassword()
{
    const TestUser instructor = newInstructor();
    QVERIFY(!instructor.token.isEmpty());
    const int before = m_server->mailsTo(instructor.email).size();
    QCOMPARE(m_server->post(u"/api/v1/instructors/forgot-password"_s,
                            QJsonObject { { u"email"_s, instructor.email } })
                     .status,
             200);
    const std::optional<Mail> mail = m_server->waitForMail(instructor.email, before + 1);
    QVERIFY(mail);
    const QString code = m_server->mailsTo(instructor.email).constLast().code();
    QCOMPARE(code.size(), 6);
    const Reply weak = m_server->post(u"/api/v1/instructors/reset-password"_s,
                                      QJsonObject { { u"email"_s, instructor.email },
                                                    { u"token"_s, code },
                                                    { u"password"_s, u"short"_s } });
    QCOMPARE(weak.status, 400);
    QVERIFY(namesMessage(weak, u"password"_s));
    const Reply reset = m_server->post(u"/api/v1/instructors/reset-password"_s,
                                       QJsonObject { { u"email"_s, instructor.email },
                                                     { u"token"_s, code },
                                                     { u"password"_s, u"Brand-new-Passw0rd"_s } });
    QCOMPARE(reset.status, 200);
    QCOMPARE(m_server->post(u"/api/v1/instructors/login"_s,
                            QJsonObject { { u"email"_s, instructor.email },
                                          { u"password"_s, u"Brand-new-Passw0rd"_s } })
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/instructors/login"_s,
                            QJsonObject { { u"email"_s, instructor.email },
                                          { u"password"_s, instructor.password } })
                     .status,
             401);
    // The reset signed the old sessions out, as every password reset does.
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, instructor.token).status, 401);

    // The instructors' door sends nothing to another kind of account.
    const QString talentEmail = userOf(u"talent"_s).email;
    const int talentMails = m_server->mailsTo(talentEmail).size();
    QCOMPARE(m_server->post(u"/api/v1/instructors/forgot-password"_s,
                            QJsonObject { { u"email"_s, talentEmail } })
                     .status,
             200);
    QCOMPARE(m_server->mailsTo(talentEmail).size(), talentMails);
    const Reply notAnInstructor
            = m_server->post(u"/api/v1/instructors/reset-password"_s,
                             QJsonObject { { u"email"_s, talentEmail },
                                           { u"token"_s, u"123456"_s },
                                           { u"password"_s, u"Brand-new-Passw0rd"_s } });
    QCOMPARE(notAnInstructor.status, 400);
}

void TestCohorts::instructorsAreListedAndEdited()
{
    const TestUser instructor = newInstructor();
    const Reply listed
            = m_server->get(u"/api/v1/instructors?q="_s + percent(instructor.email), m_admin.token);
    QCOMPARE(listed.status, 200);
    QCOMPARE(valuesOf(listed.json().value(u"data"_s), u"id"_s),
             QStringList { QString::number(instructor.id) });
    QCOMPARE(m_server->get(u"/api/v1/instructors"_s, m_instructor.token).status, 403);
    const Reply one = m_server->get(u"/api/v1/instructors/%1"_s.arg(instructor.id), m_talent.token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"expertise"_s).toString(), u"Spreadsheets"_s);
    QCOMPARE(one.json().value(u"rating"_s).toObject().value(u"count"_s).toInt(), 0);
    QCOMPARE(m_server->get(u"/api/v1/instructors/%1"_s.arg(m_talent.id), m_admin.token).status, 404);

    const Reply own = m_server->patch(u"/api/v1/instructors/%1"_s.arg(instructor.id),
                                      QJsonObject { { u"bio"_s, u"Ten years of finance"_s } },
                                      instructor.token);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(u"bio"_s).toString(), u"Ten years of finance"_s);
    QCOMPARE(m_server->patch(u"/api/v1/instructors/%1"_s.arg(instructor.id),
                             QJsonObject { { u"bio"_s, u"Someone else's"_s } }, m_instructor.token)
                     .status,
             403);
    const Reply renamed
            = m_server->patch(u"/api/v1/instructors/%1"_s.arg(instructor.id),
                              QJsonObject { { u"first_name"_s, u"Babatunde"_s } }, m_admin.token);
    QCOMPARE(renamed.json().value(u"first_name"_s).toString(), u"Babatunde"_s);
    const Reply blank = m_server->patch(u"/api/v1/instructors/%1"_s.arg(instructor.id),
                                        QJsonObject { { u"first_name"_s, u""_s } }, m_admin.token);
    QCOMPARE(blank.status, 400);
    QVERIFY(namesMessage(blank, u"first_name"_s));
    const Reply noEmail = m_server->post(
            u"/api/v1/instructors"_s,
            QJsonObject { { u"first_name"_s, u"A"_s }, { u"last_name"_s, u"B"_s } }, m_admin.token);
    QCOMPARE(noEmail.status, 400);
    QVERIFY(namesMessage(noEmail, u"email"_s));

    QCOMPARE(
            m_server->del(u"/api/v1/instructors/%1"_s.arg(instructor.id), m_instructor.token).status,
            403);
    QCOMPARE(m_server->del(u"/api/v1/instructors/%1"_s.arg(instructor.id), m_admin.token).status,
             204);
    QCOMPARE(m_server->get(u"/api/v1/instructors/%1"_s.arg(instructor.id), m_admin.token).status,
             404);
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, instructor.token).status, 401);
}

void TestCohorts::talentsRateInstructorsOncePerCohort()
{
    const TestUser instructor = newInstructor();
    const qint64 cohort = newCohort();
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(cohort, first) && addTalent(cohort, second)
            && addInstructor(cohort, instructor));
    const QString path = cohortPath(cohort, u"/instructors/%1/rating"_s.arg(instructor.id));
    const Reply rated = m_server->post(
            path, QJsonObject { { u"rating"_s, 5 }, { u"comment"_s, u"Patient and clear"_s } },
            first.token);
    QCOMPARE(rated.status, 201);
    const Reply twice = m_server->post(path, QJsonObject { { u"rating"_s, 1 } }, first.token);
    QCOMPARE(twice.status, 409);
    const Reply tooHigh = m_server->post(path, QJsonObject { { u"rating"_s, 6 } }, second.token);
    QCOMPARE(tooHigh.status, 400);
    QVERIFY(namesMessage(tooHigh, u"rating"_s));
    QCOMPARE(m_server->post(path, QJsonObject { { u"rating"_s, 2 } }, second.token).status, 201);
    const QJsonObject rating
            = m_server->get(u"/api/v1/instructors/%1"_s.arg(instructor.id), m_admin.token)
                      .json()
                      .value(u"rating"_s)
                      .toObject();
    QCOMPARE(rating.value(u"average"_s).toDouble(), 3.5);
    QCOMPARE(rating.value(u"count"_s).toInt(), 2);
    // Each talent reads, in the cohort, the rating they gave: it is theirs alone.
    const auto given = [&](const TestUser &talent) {
        return m_server->get(cohortPath(cohort), talent.token)
                .json()
                .value(u"instructor_list"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"your_rating"_s);
    };
    QCOMPARE(given(first).toInt(), 5);
    QCOMPARE(given(second).toInt(), 2);
    const TestUser third = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(cohort, third));
    QVERIFY(given(third).isNull());

    QCOMPARE(m_server->post(path, QJsonObject { { u"rating"_s, 4 } }, m_talent.token).status, 404);
    QCOMPARE(m_server->post(cohortPath(cohort,
                                       u"/instructors/%1/rating"_s.arg(m_otherInstructor.id)),
                            QJsonObject { { u"rating"_s, 4 } }, first.token)
                     .status,
             404);
    QCOMPARE(m_server->post(path, QJsonObject { { u"rating"_s, 4 } }, m_admin.token).status, 403);
    QCOMPARE(m_server->post(path, QJsonObject { { u"rating"_s, 4 } }).status, 401);
}

void TestCohorts::cohortSkillsAreListed()
{
    const qint64 cohort = newCohort();
    QCOMPARE(m_server->patch(cohortPath(cohort),
                             QJsonObject { { u"skill_ids"_s, QJsonArray { m_skill } } },
                             m_admin.token)
                     .status,
             200);
    const Reply skills = m_server->get(u"/api/v1/cohorts/skills?limit=100"_s, m_instructor.token);
    QCOMPARE(skills.status, 200);
    const QJsonObject taught = findBy(skills.json().value(u"data"_s).toArray(), u"id"_s, m_skill);
    QVERIFY(taught.value(u"cohorts"_s).toInt() >= 1);
    QCOMPARE(m_server->get(u"/api/v1/cohorts/skills"_s).status, 401);
}

QTEST_MAIN(TestCohorts)
#include "tst_cohorts.moc"
