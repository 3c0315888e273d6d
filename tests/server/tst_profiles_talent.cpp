// SPDX-License-Identifier: Apache-2.0
// A talent's profile: personal data, education, experience, preferences and private
// accommodations, who reads it, the intro video, how all of it counts towards profile completion,
// and closing the account.
#include "areas/profiles.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDate>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestProfilesTalent : public QObject, public ProfilesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUp();
        addReferenceRows();
    }
    void cleanupTestCase() { m_server.reset(); }
    void closingAnAccountTakesTheProfileWithIt();

    // The profile
    void updatingTheProfileChangesOnlyWhatIsSent();
    void listsSentReplaceTheStoredOnes();
    void aNigerianStateIsNormalised();
    void profileUpdateNamesTheBadValue_data();
    void profileUpdateNamesTheBadValue();
    void profileUpdateIsForTalents_data();
    void profileUpdateIsForTalents();
    void profileIsReadByItsTalentAndStaff_data();
    void profileIsReadByItsTalentAndStaff();

    // The intro video
    void uploadingAnIntroVideo_data();
    void uploadingAnIntroVideo();
    void aNewIntroVideoReplacesThePrevious();
    void attachingAPresignedVideo_data();
    void attachingAPresignedVideo();

    // Completion
    void profileCompletionCountsTheTalentProfile();
};

void TestProfilesTalent::closingAnAccountTakesTheProfileWithIt()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    QSqlDatabase db = m_server->context().db();
    const qint64 skill = Sql(db, u"SELECT id FROM skills WHERE active = TRUE ORDER BY id LIMIT 1"_s)
                                 .scalar()
                                 .toLongLong();
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s,
                           QJsonObject {
                                   { u"skills"_s,
                                     QJsonArray { QJsonObject { { u"skill_id"_s, skill },
                                                                { u"level"_s, u"expert"_s } } } } },
                           talent.token)
                     .status,
             200);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"accommodation_needs"_s, u"Step-free access"_s } },
                             talent.token)
                     .status,
             200);
    QCOMPARE(m_server->del(u"/api/v1/users/%1"_s.arg(talent.id), talent.token).status, 200);
    for (const QString &table : { u"talent_skills"_s, u"talent_profiles"_s }) {
        Sql q(db, u"SELECT COUNT(*) FROM %1 WHERE user_id = :id"_s.arg(table));
        QCOMPARE(q.bind(u":id"_s, talent.id).scalar().toInt(), 0);
    }
}

// ---- The profile ----

void TestProfilesTalent::updatingTheProfileChangesOnlyWhatIsSent()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply first = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"headline"_s, u"Data analyst"_s },
                          { u"bio"_s, u"I turn spreadsheets into decisions."_s },
                          { u"linkedin_url"_s, u"https://www.linkedin.com/in/ada-obi"_s },
                          { u"gender"_s, u"female"_s },
                          { u"date_of_birth"_s, u"1995-04-12"_s },
                          { u"desired_career_level"_s, u"TEST_SENIOR"_s },
                          { u"salary_expectation"_s,
                            QJsonObject { { u"min"_s, 400000 }, { u"max"_s, 650000 } } },
                          { u"willing_to_relocate"_s, true } },
            talent.token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"headline"_s).toString(), u"Data analyst"_s);
    QCOMPARE(first.json().value(u"desired_career_level"_s).toObject(),
             (QJsonObject { { u"code"_s, u"test_senior"_s }, { u"name"_s, u"Test senior"_s } }));
    QCOMPARE(first.json().value(u"salary_expectation"_s).toObject(),
             (QJsonObject { { u"min"_s, 400000 },
                            { u"max"_s, 650000 },
                            { u"period"_s, u"monthly"_s },
                            { u"currency"_s, u"NGN"_s } }));

    const Reply second = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"phone_number"_s, u"+2348098765432"_s }, { u"bio"_s, QJsonValue() } },
            talent.token);
    QCOMPARE(second.status, 200);
    const Reply profile = m_server->get(u"/api/v1/talents/me/profile"_s, talent.token);
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.json(), second.json());
    const QJsonObject json = profile.json();
    QCOMPARE(json.value(u"id"_s).toInteger(), talent.id);
    QCOMPARE(json.value(u"phone_number"_s).toString(), u"+2348098765432"_s);
    QVERIFY(json.value(u"bio"_s).isNull());
    QCOMPARE(json.value(u"headline"_s).toString(), u"Data analyst"_s);
    QCOMPARE(json.value(u"linkedin_url"_s).toString(), u"https://www.linkedin.com/in/ada-obi"_s);
    QCOMPARE(json.value(u"gender"_s).toString(), u"female"_s);
    QCOMPARE(json.value(u"date_of_birth"_s).toString(), u"1995-04-12"_s);
    QCOMPARE(json.value(u"willing_to_relocate"_s).toBool(), true);
    QCOMPARE(json.value(u"first_name"_s).toString(), u"Test"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"Lagos"_s);
    QVERIFY(!json.contains(u"company_id"_s));

    // Clearing the salary expectation.
    const Reply cleared = m_server->patch(u"/api/v1/talents/me/profile"_s,
                                          QJsonObject { { u"salary_expectation"_s, QJsonValue() } },
                                          talent.token);
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json().value(u"salary_expectation"_s).isNull());
    QCOMPARE(cleared.json().value(u"headline"_s).toString(), u"Data analyst"_s);
}

void TestProfilesTalent::listsSentReplaceTheStoredOnes()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QJsonObject full {
        { u"education"_s,
          QJsonArray { QJsonObject { { u"school_id"_s, m_schoolId },
                                     { u"education_level"_s, u"test_bsc"_s },
                                     { u"course"_s, u"Computer Science"_s },
                                     { u"start_year"_s, 2012 },
                                     { u"end_year"_s, 2016 } },
                       QJsonObject { { u"school_name"_s, u"Kings College, Lagos"_s },
                                     { u"start_year"_s, 2006 },
                                     { u"end_year"_s, 2012 } } } },
        { u"experience"_s,
          QJsonArray { QJsonObject { { u"company"_s, u"Paystack"_s },
                                     { u"title"_s, u"Data Analyst"_s },
                                     { u"start_month"_s, u"2019-03"_s },
                                     { u"current"_s, true },
                                     { u"description"_s, u"Dashboards for the payments team"_s } },
                       QJsonObject { { u"company"_s, u"Andela"_s },
                                     { u"title"_s, u"Intern"_s },
                                     { u"start_month"_s, u"2017-01"_s },
                                     { u"end_month"_s, u"2018-12"_s } } } },
        { u"job_preferences"_s, QJsonArray { u"test_remote"_s, u"test_contract"_s } },
        { u"disabilities"_s, QJsonArray { u"test_visual"_s } },
        { u"accommodation_needs"_s, u"Screen reader friendly documents"_s },
    };
    const Reply set = m_server->patch(u"/api/v1/talents/me/profile"_s, full, talent.token);
    QCOMPARE(set.status, 200);
    const QJsonObject profile = set.json();
    const QJsonArray education = profile.value(u"education"_s).toArray();
    QCOMPARE(education.size(), 2);
    QCOMPARE(education.at(0).toObject().value(u"school_name"_s).toString(),
             u"Test University of Lagos"_s);
    QCOMPARE(education.at(0).toObject().value(u"school_id"_s).toInteger(), m_schoolId);
    QCOMPARE(education.at(0).toObject().value(u"education_level"_s).toObject().value(u"name"_s),
             QJsonValue(u"Test bachelor"_s));
    QCOMPARE(education.at(1).toObject().value(u"school_name"_s).toString(),
             u"Kings College, Lagos"_s);
    QVERIFY(education.at(1).toObject().value(u"school_id"_s).isNull());
    const QJsonArray experience = profile.value(u"experience"_s).toArray();
    QCOMPARE(valuesOf(experience, u"company"_s), (QStringList { u"Paystack"_s, u"Andela"_s }));
    QCOMPARE(experience.at(0).toObject().value(u"current"_s).toBool(), true);
    QVERIFY(experience.at(0).toObject().value(u"end_month"_s).isNull());
    QCOMPARE(experience.at(1).toObject().value(u"end_month"_s).toString(), u"2018-12"_s);
    QCOMPARE(valuesOf(profile.value(u"job_preferences"_s), u"code"_s),
             (QStringList { u"test_contract"_s, u"test_remote"_s }));
    const QJsonObject accommodations = profile.value(u"accommodations"_s).toObject();
    QCOMPARE(valuesOf(accommodations.value(u"disabilities"_s), u"name"_s),
             QStringList { u"Test visual"_s });
    QCOMPARE(accommodations.value(u"needs"_s).toString(), u"Screen reader friendly documents"_s);

    // A list sent replaces the stored one; lists not sent stay.
    const Reply replaced = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"education"_s,
                            QJsonArray { QJsonObject {
                                    { u"school_name"_s, u"Yaba College of Technology"_s } } } },
                          { u"job_preferences"_s, QJsonArray() } },
            talent.token);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(valuesOf(replaced.json().value(u"education"_s), u"school_name"_s),
             QStringList { u"Yaba College of Technology"_s });
    QCOMPARE(replaced.json().value(u"job_preferences"_s), QJsonValue(QJsonArray()));
    QCOMPARE(replaced.json().value(u"experience"_s).toArray().size(), 2);
    QCOMPARE(replaced.json().value(u"accommodations"_s), profile.value(u"accommodations"_s));
}

void TestProfilesTalent::aNigerianStateIsNormalised()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply moved = m_server->patch(u"/api/v1/talents/me/profile"_s,
                                        QJsonObject { { u"state"_s, u"fct"_s } }, talent.token);
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(u"state"_s).toString(), u"Abuja Federal Capital Territory"_s);

    const Reply abroad = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"country"_s, u"gh"_s }, { u"state"_s, u"Greater Accra"_s } },
            talent.token);
    QCOMPARE(abroad.status, 200);
    QCOMPARE(abroad.json().value(u"country_code"_s).toString(), u"GH"_s);
    QCOMPARE(abroad.json().value(u"state"_s).toString(), u"Greater Accra"_s);

    // Back to Nigeria without a Nigerian state is refused.
    const Reply back = m_server->patch(u"/api/v1/talents/me/profile"_s,
                                       QJsonObject { { u"country"_s, u"NG"_s } }, talent.token);
    QCOMPARE(back.status, 400);
    QVERIFY2(back.message().contains(u"state"_s), qPrintable(back.message()));
}

void TestProfilesTalent::profileUpdateNamesTheBadValue_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("named");

    const auto education = [](const QJsonObject &entry) {
        return QJsonObject { { u"education"_s, QJsonArray { entry } } };
    };
    const auto experience = [](const QJsonObject &entry) {
        return QJsonObject { { u"experience"_s, QJsonArray { entry } } };
    };
    const QJsonObject job { { u"company"_s, u"Flutterwave"_s },
                            { u"title"_s, u"Engineer"_s },
                            { u"start_month"_s, u"2020-05"_s } };
    auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    const QString nextYear = QString::number(QDate::currentDate().year() + 1);

    QTest::addRow("unknown education level")
            << education({ { u"school_name"_s, u"UNILAG"_s }, { u"education_level"_s, u"phd_x"_s } })
            << u"education[0].education_level phd_x"_s;
    QTest::addRow("unknown school")
            << education({ { u"school_id"_s, 987654 } }) << u"education[0].school_id 987654"_s;
    QTest::addRow("no school") << education({ { u"course"_s, u"Law"_s } })
                               << u"education[0].school_name"_s;
    QTest::addRow("ends before it starts") << education({ { u"school_name"_s, u"UNILAG"_s },
                                                          { u"start_year"_s, 2016 },
                                                          { u"end_year"_s, 2012 } })
                                           << u"education[0].end_year"_s;
    QTest::addRow("year out of range")
            << education({ { u"school_name"_s, u"UNILAG"_s }, { u"start_year"_s, 1800 } })
            << u"education[0].start_year"_s;
    QTest::addRow("unknown job preference") << QJsonObject {
        { u"job_preferences"_s, QJsonArray { u"test_remote"_s, u"astronaut"_s } }
    } << u"job_preferences[1] astronaut"_s;
    QTest::addRow("unknown disability")
            << QJsonObject { { u"disabilities"_s, QJsonArray { u"flying"_s } } }
            << u"disabilities[0] flying"_s;
    QTest::addRow("unknown career level")
            << QJsonObject { { u"desired_career_level"_s, u"emperor"_s } }
            << u"desired_career_level emperor"_s;
    QTest::addRow("current job with an end")
            << experience(with(with(job, u"current"_s, true), u"end_month"_s, u"2021-01"_s))
            << u"experience[0].end_month"_s;
    QTest::addRow("job ends before it starts")
            << experience(with(job, u"end_month"_s, u"2019-01"_s)) << u"experience[0].end_month"_s;
    QTest::addRow("job starts in the future")
            << experience(with(job, u"start_month"_s, nextYear + u"-01"_s))
            << u"experience[0].start_month"_s;
    QTest::addRow("month not YYYY-MM") << experience(with(job, u"start_month"_s, u"05/2020"_s))
                                       << u"experience[0].start_month"_s;
    QTest::addRow("job without a title")
            << experience({ { u"company"_s, u"Flutterwave"_s }, { u"start_month"_s, u"2020-05"_s } })
            << u"experience[0].title"_s;
    QTest::addRow("salary range upside down") << QJsonObject {
        { u"salary_expectation"_s, QJsonObject { { u"min"_s, 900000 }, { u"max"_s, 100000 } } }
    } << u"salary_expectation.max"_s;
    QTest::addRow("negative salary") << QJsonObject {
        { u"salary_expectation"_s, QJsonObject { { u"min"_s, -1 }, { u"max"_s, 100000 } } }
    } << u"salary_expectation.min"_s;
    QTest::addRow("not a LinkedIn URL")
            << QJsonObject { { u"linkedin_url"_s, u"https://example.com/ada"_s } }
            << u"linkedin_url"_s;
    QTest::addRow("portfolio without a scheme")
            << QJsonObject { { u"portfolio_url"_s, u"ada.dev"_s } } << u"portfolio_url"_s;
    QTest::addRow("younger than sixteen") << QJsonObject {
        { u"date_of_birth"_s, QDate::currentDate().addYears(-15).toString(Qt::ISODate) }
    } << u"date_of_birth"_s;
    QTest::addRow("not a Nigerian state")
            << QJsonObject { { u"state"_s, u"Atlantis"_s } } << u"state"_s;
    QTest::addRow("unknown country") << QJsonObject { { u"country"_s, u"QQ"_s } } << u"country"_s;
    QTest::addRow("new country, old state")
            << QJsonObject { { u"country"_s, u"GH"_s } } << u"state should not be empty"_s;
    QTest::addRow("unknown gender") << QJsonObject { { u"gender"_s, u"robot"_s } } << u"gender"_s;
    QTest::addRow("empty first name")
            << QJsonObject { { u"first_name"_s, u" "_s } } << u"first_name"_s;
    QTest::addRow("headline too long")
            << QJsonObject { { u"headline"_s, QString(151, u'h') } } << u"headline"_s;
    QTest::addRow("two problems at once")
            << QJsonObject { { u"gender"_s, u"robot"_s }, { u"willing_to_relocate"_s, u"yes"_s } }
            << u"willing_to_relocate"_s;
}

void TestProfilesTalent::profileUpdateNamesTheBadValue()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, named);
    const QJsonObject before
            = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token).json();

    const Reply reply = m_server->patch(u"/api/v1/talents/me/profile"_s, body, m_talent.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token).json(), before);
}

void TestProfilesTalent::profileUpdateIsForTalents_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfilesTalent::profileUpdateIsForTalents()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const QJsonObject body { { u"headline"_s, u"Hijacked"_s } };
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s, body, tokenOf(who)).status, status);
    QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, tokenOf(who)).status, status);
}

void TestProfilesTalent::profileIsReadByItsTalentAndStaff_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");

    QTest::addRow("the talent") << u"talent"_s << u"talent"_s << 200;
    QTest::addRow("admin") << u"admin"_s << u"talent"_s << 200;
    QTest::addRow("super admin") << u"super admin"_s << u"talent"_s << 200;
    QTest::addRow("support") << u"support"_s << u"talent"_s << 200;
    QTest::addRow("another talent") << u"other talent"_s << u"talent"_s << 404;
    QTest::addRow("employer") << u"employer"_s << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << u"talent"_s << 401;
    QTest::addRow("admin, not a talent") << u"admin"_s << u"employer"_s << 404;
    QTest::addRow("admin, unknown id") << u"admin"_s << u"987654"_s << 404;
    QTest::addRow("admin, id not a number") << u"admin"_s << u"me2"_s << 400;
}

void TestProfilesTalent::profileIsReadByItsTalentAndStaff()
{
    QFETCH(QString, who);
    QFETCH(QString, target);
    QFETCH(int, status);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"disabilities"_s, QJsonArray { u"test_visual"_s } },
                                           { u"accommodation_needs"_s, u"Large print"_s } },
                             m_talent.token)
                     .status,
             200);
    const QString id = target == u"talent"_s ? QString::number(m_talent.id)
            : target == u"employer"_s        ? QString::number(m_employer.id)
                                             : target;

    const Reply reply = m_server->get(u"/api/v1/talents/%1/profile"_s.arg(id), tokenOf(who));
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QVERIFY(!reply.json().contains(u"accommodations"_s));
        QVERIFY(!reply.body.contains("Large print"));
        return;
    }
    QCOMPARE(reply.json().value(u"id"_s).toInteger(), m_talent.id);
    QCOMPARE(reply.json().value(u"accommodations"_s).toObject().value(u"needs"_s).toString(),
             u"Large print"_s);
}

// ---- The intro video ----

void TestProfilesTalent::uploadingAnIntroVideo_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");

    QTest::addRow("mp4") << u"talent"_s << tinyMp4() << 200 << u"video/mp4"_s;
    QTest::addRow("webm") << u"talent"_s << tinyWebm() << 200 << u"video/webm"_s;
    QTest::addRow("quicktime") << u"talent"_s << tinyMov() << 200 << u"video/quicktime"_s;
    QTest::addRow("a picture") << u"talent"_s << tinyPng() << 415 << QString();
    QTest::addRow("a pdf") << u"talent"_s << tinyPdf() << 415 << QString();
    QTest::addRow("empty") << u"talent"_s << QByteArray() << 400 << QString();
    QTest::addRow("employer") << u"employer"_s << tinyMp4() << 403 << QString();
    QTest::addRow("anonymous") << QString() << tinyMp4() << 401 << QString();
}

void TestProfilesTalent::uploadingAnIntroVideo()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, type);
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString token = who == u"talent"_s ? talent.token : tokenOf(who);

    const Reply reply = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, body,
                                      "application/octet-stream", token);
    QCOMPARE(reply.status, status);
    const QJsonValue video = m_server->get(u"/api/v1/talents/me/profile"_s, talent.token)
                                     .json()
                                     .value(u"intro_video"_s);
    if (status != 200) {
        QVERIFY(video.isNull());
        return;
    }
    const QJsonObject uploaded = reply.json().value(u"intro_video"_s).toObject();
    QCOMPARE(uploaded.value(u"content_type"_s).toString(), type);
    QCOMPARE(uploaded.value(u"kind"_s).toString(), u"video"_s);
    QCOMPARE(video.toObject(), uploaded);
    const Reply download = m_server->get(pathOf(uploaded.value(u"url"_s).toString()));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, body);
}

void TestProfilesTalent::aNewIntroVideoReplacesThePrevious()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply first = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(),
                                      "video/mp4", talent.token);
    const Reply second = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyWebm(),
                                       "video/webm", talent.token);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const QString firstKey
            = first.json().value(u"intro_video"_s).toObject().value(u"key"_s).toString();
    const QString secondKey
            = second.json().value(u"intro_video"_s).toObject().value(u"key"_s).toString();
    QVERIFY(firstKey != secondKey);
    const QJsonObject video = m_server->get(u"/api/v1/talents/me/profile"_s, talent.token)
                                      .json()
                                      .value(u"intro_video"_s)
                                      .toObject();
    QCOMPARE(video.value(u"key"_s).toString(), secondKey);
    QCOMPARE(video.value(u"content_type"_s).toString(), u"video/webm"_s);
}

void TestProfilesTalent::attachingAPresignedVideo_data()
{
    QTest::addColumn<QString>("fileKey");
    QTest::addColumn<int>("status");

    QTest::addRow("own video") << presignedVideoKey(m_talent, u"video"_s, tinyMp4()) << 200;
    QTest::addRow("another talent's video")
            << presignedVideoKey(m_otherTalent, u"video"_s, tinyMp4()) << 404;
    QTest::addRow("own CV") << presignedVideoKey(m_talent, u"cv"_s, tinyPdf()) << 422;
    QTest::addRow("unknown key") << u"0123456789abcdef0123456789abcdef.mp4"_s << 404;
    QTest::addRow("not a key") << u"../../etc/passwd"_s << 404;
    QTest::addRow("no key") << QString() << 400;
}

void TestProfilesTalent::attachingAPresignedVideo()
{
    QFETCH(QString, fileKey);
    QFETCH(int, status);
    const QJsonValue before = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                                      .json()
                                      .value(u"intro_video"_s);

    const Reply reply = m_server->put(u"/api/v1/talents/me/intro-video"_s,
                                      QJsonObject { { u"file_key"_s, fileKey } }, m_talent.token);
    QCOMPARE(reply.status, status);
    const QJsonValue after = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                                     .json()
                                     .value(u"intro_video"_s);
    if (status == 200) {
        QCOMPARE(after.toObject().value(u"key"_s).toString(), fileKey);
        QCOMPARE(after.toObject().value(u"content_type"_s).toString(), u"video/mp4"_s);
    } else {
        QCOMPARE(after, before);
    }
}

// ---- Completion ----

void TestProfilesTalent::profileCompletionCountsTheTalentProfile()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString path = u"/api/v1/users/%1/profile-completion"_s.arg(talent.id);
    auto progress = [&] { return m_server->get(path, talent.token).json(); };
    auto missing
            = [](const QJsonObject &json) { return valuesOf(json.value(u"missing"_s), u"item"_s); };
    const QStringList profileItems { u"skills"_s, u"education"_s, u"experience"_s,
                                     u"job_preferences"_s, u"intro_video"_s };

    QJsonObject last = progress();
    for (const QString &item : profileItems)
        QVERIFY2(missing(last).contains(item), qPrintable(missing(last).join(u", "_s)));
    // The most valuable missing item is still the identity check.
    QCOMPARE(last.value(u"next"_s).toObject().value(u"item"_s).toString(), u"identity"_s);

    const auto step = [&](const QString &item, bool expectDone) {
        const QJsonObject now = progress();
        QCOMPARE(missing(now).contains(item), !expectDone);
        if (expectDone)
            QVERIFY2(now.value(u"percentage"_s).toInt() > last.value(u"percentage"_s).toInt(),
                     qPrintable(item));
        else
            QCOMPARE(now.value(u"percentage"_s).toInt(), last.value(u"percentage"_s).toInt());
        last = now;
    };

    // Two skills are not enough; three are.
    const QJsonArray two { skillEntry(skillId(u"Python"_s), u"advanced"_s),
                           skillEntry(skillId(u"SQL"_s), u"intermediate"_s) };
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, QJsonObject { { u"skills"_s, two } },
                           talent.token)
                     .status,
             200);
    step(u"skills"_s, false);
    QJsonArray three = two;
    three.append(skillEntry(skillId(u"Communication"_s), u"expert"_s));
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, QJsonObject { { u"skills"_s, three } },
                           talent.token)
                     .status,
             200);
    step(u"skills"_s, true);

    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"education"_s,
                                             QJsonArray { QJsonObject {
                                                     { u"school_name"_s, u"UNILAG"_s } } } } },
                             talent.token)
                     .status,
             200);
    step(u"education"_s, true);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"experience"_s,
                                             QJsonArray { QJsonObject {
                                                     { u"company"_s, u"Kuda"_s },
                                                     { u"title"_s, u"Analyst"_s },
                                                     { u"start_month"_s, u"2021-02"_s } } } } },
                             talent.token)
                     .status,
             200);
    step(u"experience"_s, true);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject {
                                     { u"job_preferences"_s, QJsonArray { u"test_remote"_s } } },
                             talent.token)
                     .status,
             200);
    step(u"job_preferences"_s, true);
    QCOMPARE(m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(), "video/mp4",
                           talent.token)
                     .status,
             200);
    step(u"intro_video"_s, true);

    const QStringList completed = valuesOf(last.value(u"completed"_s), u"item"_s);
    for (const QString &item : profileItems)
        QVERIFY2(completed.contains(item), qPrintable(completed.join(u", "_s)));
    QVERIFY(last.value(u"percentage"_s).toInt() < 100); // no picture, no identity check yet
}

QTEST_MAIN(TestProfilesTalent)
#include "tst_profiles_talent.moc"
