// SPDX-License-Identifier: Apache-2.0
// The shared vocabulary: validation messages, error bodies, roles and user DTOs.
#include <wn/common/apierror.h>
#include <wn/common/chatmessage.h>
#include <wn/common/forms.h>
#include <wn/common/jobcard.h>
#include <wn/common/json.h>
#include <wn/common/notifications.h>
#include <wn/common/roles.h>
#include <wn/common/schema.h>
#include <wn/common/user.h>
#include <wn/common/workflows.h>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;

class TestCommon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredFieldsAreNamed()
    {
        const Schema schema { { u"email"_s, Field::email().required() },
                              { u"age"_s, Field::integer(16, 120) } };
        FieldErrors errors;
        const QJsonObject out = schema.validate({}, errors);
        QVERIFY(out.isEmpty());
        QCOMPARE(errors.messages(), QStringList { u"email should not be empty"_s });
    }

    void typesAndRanges_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("string for integer")
                << QJsonValue(u"12"_s) << u"age must be an integer number"_s;
        QTest::addRow("fraction") << QJsonValue(16.5) << u"age must be an integer number"_s;
        QTest::addRow("too small") << QJsonValue(3) << u"age must be not less than 16"_s;
        QTest::addRow("too large") << QJsonValue(500) << u"age must be not greater than 120"_s;
        QTest::addRow("object") << QJsonValue(QJsonObject {}) << u"age must be an integer number"_s;
        QTest::addRow("valid") << QJsonValue(30) << QString();
    }
    void typesAndRanges()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        FieldErrors errors;
        Schema { { u"age"_s, Field::integer(16, 120) } }.validate({ { u"age"_s, value } }, errors);
        QCOMPARE(errors.messages().value(0), message);
    }

    void emailsAreNormalised()
    {
        FieldErrors errors;
        const QJsonObject out = Schema { { u"email"_s, Field::email() } }.validate(
                { { u"email"_s, u"  Ada.Obi@Example.COM "_s } }, errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(out.value(u"email"_s).toString(), u"ada.obi@example.com"_s);
        for (const QString &bad :
             { u"ada"_s, u"ada@"_s, u"@x.com"_s, u"a b@x.com"_s, u"ada@x"_s, u"ada@@x.com"_s }) {
            FieldErrors e;
            Schema { { u"email"_s, Field::email() } }.validate({ { u"email"_s, bad } }, e);
            QVERIFY2(!e.isEmpty(), qPrintable(bad));
        }
    }

    void passwordsKeepTheirSpacesAndLength()
    {
        FieldErrors errors;
        const QJsonObject out = Schema { { u"p"_s, Field::password() } }.validate(
                { { u"p"_s, u" secret pass "_s } }, errors);
        QCOMPARE(out.value(u"p"_s).toString(), u" secret pass "_s);
        FieldErrors shortErrors;
        Schema { { u"p"_s, Field::password() } }.validate({ { u"p"_s, u"short"_s } }, shortErrors);
        QCOMPARE(shortErrors.messages().value(0),
                 u"p must be longer than or equal to 8 characters"_s);
        FieldErrors longErrors;
        Schema { { u"p"_s, Field::password() } }.validate({ { u"p"_s, QString(129, u'x') } },
                                                          longErrors);
        QCOMPARE(longErrors.messages().value(0),
                 u"p must be shorter than or equal to 128 characters"_s);
    }

    void patternsEnumsDatesAndArrays()
    {
        const Schema schema { { u"bvn"_s, Field::pattern(u"[0-9]{11}"_s, u"an 11-digit BVN"_s, 11) },
                              { u"role"_s, Field::oneOf({ u"admin"_s, u"support"_s }) },
                              { u"born"_s, Field::date() },
                              { u"tags"_s, Field::arrayOf(Field::string(1, 5), 2) } };
        FieldErrors errors;
        schema.validate({ { u"bvn"_s, u"1234"_s },
                          { u"role"_s, u"root"_s },
                          { u"born"_s, u"2020-02-30"_s },
                          { u"tags"_s, QJsonArray { u"a"_s, u"b"_s, u"c"_s } } },
                        errors);
        QCOMPARE(errors.messages(),
                 (QStringList { u"bvn must be an 11-digit BVN"_s,
                                u"role must be one of the following values: admin, support"_s,
                                u"born must be a date (YYYY-MM-DD)"_s,
                                u"tags must be an array of at most 2 items"_s }));
    }

    void queryTextIsConverted()
    {
        FieldErrors errors;
        const QJsonObject out = Schema {
            { u"page"_s, Field::integer(1, 100) }, { u"on"_s, Field::boolean() }
        }.validate({ { u"page"_s, u"3"_s }, { u"on"_s, u"true"_s } }, errors, true);
        QVERIFY(errors.isEmpty());
        QCOMPARE(out.value(u"page"_s).toInteger(), 3);
        QCOMPARE(out.value(u"on"_s).toBool(), true);
    }

    void nestedObjectsNameTheirPath()
    {
        const Schema inner { { u"kind"_s, Field::oneOf({ u"bvn"_s }).required() } };
        FieldErrors errors;
        Schema { { u"records"_s, Field::arrayOf(Field::object(inner)) } }.validate(
                { { u"records"_s, QJsonArray { QJsonObject {} } } }, errors);
        QCOMPARE(errors.messages().value(0), u"records[0].kind should not be empty"_s);
    }

    void openApiDescribesTheSameRules()
    {
        const QJsonObject schema = Schema {
            { u"email"_s, Field::email().required() }, { u"n"_s, Field::integer(1, 5) }
        }.openApi();
        QCOMPARE(schema.value(u"required"_s).toArray(), QJsonArray { u"email"_s });
        QCOMPARE(schema.value(u"properties"_s)
                         .toObject()
                         .value(u"n"_s)
                         .toObject()
                         .value(u"maximum"_s)
                         .toInt(),
                 5);
    }

    void errorsAreNestShaped()
    {
        const QJsonObject single = ApiError::notFound(u"Job not found"_s).toJson();
        QCOMPARE(single.value(u"statusCode"_s).toInt(), 404);
        QCOMPARE(single.value(u"error"_s).toString(), u"Not Found"_s);
        QCOMPARE(single.value(u"message"_s).toString(), u"Job not found"_s);
        const QJsonObject list = ApiError::badRequest(QStringList { u"a"_s, u"b"_s }).toJson();
        QCOMPARE(list.value(u"message"_s).toArray().size(), 2);
        QCOMPARE(ApiError::tooManyRequests(u"slow down"_s, 0).retryAfter(), 1);
    }

    void brokenJsonIsABadRequest()
    {
        QCOMPARE(json::parseObject("").size(), 0);
        for (const QByteArray &bad :
             { QByteArray("{"), QByteArray("[1]"), QByteArray("nul"), QByteArray("\"x\"") }) {
            try {
                json::parseObject(bad);
                QFAIL("expected an ApiError");
            } catch (const ApiError &error) {
                QCOMPARE(error.status(), 400);
            }
        }
    }

    void aLookupThatFoundNothingIsNotFound()
    {
        const QJsonArray found { QJsonObject { { u"id"_s, 7 } }, QJsonObject { { u"id"_s, 8 } } };
        QCOMPARE(json::firstOrNotFound(found, u"Chat not found"_s).value(u"id"_s).toInt(), 7);
        try {
            json::firstOrNotFound({}, u"Chat not found"_s);
            QFAIL("expected an ApiError");
        } catch (const ApiError &error) {
            QCOMPARE(error.status(), 404);
            QCOMPARE(error.message(), u"Chat not found"_s);
        }
    }

    void rolesRoundTrip()
    {
        for (const QString &name : allRoleNames())
            QCOMPARE(roleName(*roleFromName(name)), name);
        QVERIFY(!roleFromName(u"root"_s));
        QVERIFY(isStaffRole(Role::Support));
        QVERIFY(!isStaffRole(Role::Employer));
        QVERIFY(isCompanyRole(Role::Employee));
    }

    void userSummaryRoundTrips()
    {
        UserSummary user;
        user.id = 7;
        user.uuid = u"u-1"_s;
        user.email = u"a@b.co"_s;
        user.role = Role::Employer;
        user.status = AccountStatus::Active;
        user.companyId = 3;
        user.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const auto back = UserSummary::fromJson(user.toJson());
        QVERIFY(back);
        QCOMPARE(back->companyId, std::optional<qint64>(3));
        QCOMPARE(back->role, Role::Employer);
        QCOMPARE(back->createdAt, user.createdAt);
        QVERIFY(!UserSummary::fromJson({ { u"id"_s, u"x"_s } }));
    }

    void userSummaryIsReadByName()
    {
        // The client's QML reads the logged-in user through these properties.
        UserSummary user;
        user.firstName = u"Ada"_s;
        user.role = Role::Sponsor;
        const QMetaObject &meta = UserSummary::staticMetaObject;
        QCOMPARE(meta.property(meta.indexOfProperty("firstName")).readOnGadget(&user).toString(),
                 u"Ada"_s);
        QCOMPARE(meta.property(meta.indexOfProperty("role")).readOnGadget(&user).value<Role>(),
                 Role::Sponsor);
        QCOMPARE(QMetaEnum::fromType<Role>().valueToKey(int(Role::SuperAdmin)), "SuperAdmin");
    }

    void aJobCardRoundTripsWithItsNulls()
    {
        // A job with no summary, no city and no top of its pay range: those stay null, not "".
        JobCard card;
        card.id = 41;
        card.openings = 2;
        card.slug = u"night-nurse-41"_s;
        card.title = u"Night nurse"_s;
        card.jobType = u"full_time"_s;
        card.workMode = u"on_site"_s;
        card.status = u"published"_s;
        card.createdAt = u"2026-11-02T08:00:00.000Z"_s;
        card.updatedAt = card.createdAt;
        card.deadline = u"2026-12-31"_s;
        card.location = { u"NG"_s, u"Kano"_s, std::nullopt };
        card.salary = { 250000, std::nullopt, u"NGN"_s, u"month"_s };
        card.company = { 5, u"Aminu Clinics"_s, std::nullopt };
        card.skills = { { 9, u"Triage"_s }, { 12, u"Wound care"_s } };
        const QJsonObject json = card.toJson();
        QVERIFY(json.value(u"summary"_s).isNull());
        QVERIFY(json[u"location"_s][u"city"_s].isNull());
        QVERIFY(json[u"salary"_s][u"max"_s].isNull());
        QVERIFY(json[u"company"_s][u"logo_url"_s].isNull());
        QCOMPARE(json[u"skills"_s][1][u"name"_s].toString(), u"Wound care"_s);
        const auto back = JobCard::fromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, card);
        QCOMPARE(back->place(), u"Kano"_s);
        card.location.state.reset();
        QCOMPARE(card.place(), u"NG"_s); // no state: the country says where
        QVERIFY(!JobCard::fromJson({ { u"id"_s, u"41"_s } }));
    }

    void aChatMessageRoundTripsUnseenAndSeen()
    {
        ChatMessage message;
        message.id = 88;
        message.chatId = 4;
        message.senderId = 10;
        message.receiverId = 11;
        message.text = u"Are you free on Thursday at 10?"_s;
        message.createdAt = u"2026-12-01T09:15:00.000Z"_s;
        QJsonObject json = message.toJson();
        QVERIFY(json.value(u"seen_at"_s).isNull());
        QCOMPARE(json.value(u"message"_s).toString(), message.text);
        auto back = ChatMessage::fromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, message);
        QVERIFY(!back->seen());
        json.insert(u"seen_at"_s, u"2026-12-01T09:20:00.000Z"_s);
        back = ChatMessage::fromJson(json);
        QVERIFY(back && back->seen());
        QCOMPARE(back->toJson(), json);
        QVERIFY(!ChatMessage::fromJson({ { u"message"_s, u"no id"_s } }));
    }

    void payIsWrittenAsPeopleReadIt_data()
    {
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("text");
        QTest::newRow("naira range") << qint64(450000) << qint64(700000) << u"NGN"_s << u"month"_s
                                     << u"₦450,000 – ₦700,000 a month"_s;
        QTest::newRow("one amount")
                << qint64(0) << qint64(1200000) << u"NGN"_s << u"year"_s << u"₦1,200,000 a year"_s;
        QTest::newRow("same both ends")
                << qint64(5000) << qint64(5000) << u"NGN"_s << u"day"_s << u"₦5,000 a day"_s;
        QTest::newRow("another currency") << qint64(30) << qint64(45) << u"USD"_s << u"hour"_s
                                          << u"USD 30 – USD 45 an hour"_s;
        QTest::newRow("no currency is naira") << qint64(100000) << qint64(200000) << QString()
                                              << QString() << u"₦100,000 – ₦200,000"_s;
        QTest::newRow("no amount") << qint64(0) << qint64(0) << u"NGN"_s << u"month"_s << QString();
    }
    void payIsWrittenAsPeopleReadIt()
    {
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(QString, currency);
        QFETCH(QString, period);
        QFETCH(QString, text);
        QCOMPARE(forms::payRange(min, max, currency, period), text);
    }

    void everyJobTypeAndWorkModeIsLabelled()
    {
        // A job card once read "hybrid · full_time": each value a form accepts has words.
        for (const QString &field : { u"job_type"_s, u"work_mode"_s }) {
            QVERIFY(!forms::choicesOf(field).isEmpty());
            for (const QString &value : forms::choicesOf(field))
                QVERIFY2(forms::choiceLabel(field, value), qPrintable(field + u'/' + value));
        }
        QCOMPARE(QString::fromLatin1(forms::choiceLabel(u"work_mode"_s, u"on_site"_s)),
                 u"On site"_s);
        QVERIFY(!forms::choiceLabel(u"work_mode"_s, u"on_mars"_s));
    }

    void everyStatusMoveAndReasonIsLabelled()
    {
        for (const QString &name :
             { u"application"_s, u"training_application"_s, u"job"_s, u"training"_s,
               u"internship"_s, u"internship_application"_s, u"sponsorship_application"_s,
               u"testimonial"_s, u"assessment_attempt"_s }) {
            const Workflow *workflow = workflowNamed(name);
            QVERIFY2(workflow, qPrintable(name));
            for (const QString &status : workflow->statuses()) {
                QVERIFY2(statusLabel(status), qPrintable(status));
                for (const Viewer by : { Viewer::Talent, Viewer::Company, Viewer::Staff }) {
                    for (const QString &to : workflow->moves(status, by)) {
                        QVERIFY2(workflow->statuses().contains(to), qPrintable(to));
                        QVERIFY2(moveLabel(to), qPrintable(to));
                    }
                }
            }
            for (const QString &reason : workflow->reasons())
                QVERIFY2(reasonLabel(reason), qPrintable(reason));
        }
    }

    void applicationMovesDependOnTheViewer()
    {
        const Workflow &applications = applicationWorkflow();
        QCOMPARE(applications.moves(u"shortlisted"_s, Viewer::Company),
                 QStringList({ u"interview"_s, u"offered"_s, u"rejected"_s }));
        QCOMPARE(applications.moves(u"shortlisted"_s, Viewer::Talent),
                 QStringList { u"withdrawn"_s });
        QVERIFY(applications.moves(u"hired"_s, Viewer::Company).isEmpty());
        QCOMPARE(applications.targets(Viewer::Company),
                 QStringList({ u"shortlisted"_s, u"interview"_s, u"offered"_s, u"hired"_s,
                               u"rejected"_s }));
        QCOMPARE(applications.refusal(), u"rejected"_s);
    }

    void aNotificationSaysItsFacts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::newRow("job application shortlisted")
                << u"application_status"_s
                << QJsonObject { { u"status"_s, u"shortlisted"_s },
                                 { u"job_title"_s, u"Data analyst"_s } }
                << u"Your application for Data analyst was shortlisted"_s
                << u"Status: Shortlisted"_s;
        QTest::newRow("job application refused, with a listed reason")
                << u"application_status"_s
                << QJsonObject { { u"status"_s, u"rejected"_s },
                                 { u"job_title"_s, u"Data analyst"_s },
                                 { u"reason"_s, u"position_filled"_s } }
                << u"Your application for Data analyst was not successful"_s
                << u"Status: Rejected (Position filled)"_s;
        QTest::newRow("job application refused, in the company's words")
                << u"application_status"_s
                << QJsonObject { { u"status"_s, u"rejected"_s },
                                 { u"job_title"_s, u"Data analyst"_s },
                                 { u"reason"_s, u"we met someone in person"_s } }
                << u"Your application for Data analyst was not successful"_s
                << u"Status: Rejected"_s;
        QTest::newRow("training accepted")
                << u"training_application"_s
                << QJsonObject { { u"status"_s, u"accepted"_s },
                                 { u"training_title"_s, u"Excel for payroll"_s } }
                << u"Training application accepted"_s
                << u"Your application for \"Excel for payroll\" was accepted."_s;
        QTest::newRow("internship refused")
                << u"internship_application"_s
                << QJsonObject { { u"status"_s, u"rejected"_s },
                                 { u"internship_title"_s, u"Field engineering"_s },
                                 { u"reason"_s, u"all places went to final-year students"_s } }
                << u"Internship application not successful"_s
                << u"Your application for \"Field engineering\" was not successful: all places "
                   u"went to final-year students"_s;
        QTest::newRow("sponsorship at the next level")
                << u"sponsorship_application"_s
                << QJsonObject { { u"status"_s, u"in_review"_s },
                                 { u"sponsorship_title"_s, u"Women in data"_s },
                                 { u"passed_level"_s, 1 },
                                 { u"passed_level_name"_s, u"Screening"_s },
                                 { u"level"_s, 2 },
                                 { u"level_name"_s, u"Panel"_s } }
                << u"Your application to Women in data moved to the next review"_s
                << u"It passed level 1 (Screening) and is now at level 2 (Panel)"_s;
        QTest::newRow("sponsorship reopened without a word")
                << u"sponsorship_application"_s
                << QJsonObject { { u"status"_s, u"pending"_s },
                                 { u"sponsorship_title"_s, u"Women in data"_s },
                                 { u"reason"_s, QString() } }
                << u"Your application to Women in data is under review again"_s
                << u"The sponsor reopened your application"_s;
        QTest::newRow("course completed, told to a sponsor")
                << u"lms_course_completed"_s
                << QJsonObject { { u"course_name"_s, u"SQL basics"_s },
                                 { u"talent_name"_s, u"Ada Okafor"_s } }
                << u"A talent you sponsor completed a course"_s
                << u"Ada Okafor completed SQL basics."_s;
        QTest::newRow("one new match")
                << u"saved_search_matches"_s
                << QJsonObject { { u"saved_search_name"_s, u"Lagos analysts"_s }, { u"count"_s, 1 } }
                << u"New candidates for \u201cLagos analysts\u201d"_s
                << u"1 new talent matches your saved search."_s;
        QTest::newRow("several new matches")
                << u"saved_search_matches"_s
                << QJsonObject { { u"saved_search_name"_s, u"Lagos analysts"_s }, { u"count"_s, 3 } }
                << u"New candidates for \u201cLagos analysts\u201d"_s
                << u"3 new talents match your saved search."_s;
        QTest::newRow("chat message: the sender's own text")
                << u"chat_message"_s << QJsonObject { { u"sender_name"_s, u"Bola Adeyemi"_s } }
                << u"New message from Bola Adeyemi"_s << u"Are you free on Thursday?"_s;
    }
    void aNotificationSaysItsFacts()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, data);
        QFETCH(QString, title);
        QFETCH(QString, body);
        // Every value given has its place in the words (QString::arg warns of one too many).
        QTest::failOnWarning(QRegularExpression(u"QString::arg"_s));
        const NotificationWords words
                = notificationWords(type, data, { u"(stored)"_s, u"Are you free on Thursday?"_s });
        QCOMPARE(words.title, title);
        QCOMPARE(words.body, body);
    }

    void aNotificationWithoutItsFactsKeepsItsStoredWords()
    {
        // Stored before its data held the job's title: shown as it was stored.
        const NotificationWords stored { u"Your application for Clerk was received"_s,
                                         u"Status: Applied"_s };
        const NotificationWords old = notificationWords(u"application_status"_s,
                                                        { { u"status"_s, u"applied"_s } }, stored);
        QCOMPARE(old.title, stored.title);
        QCOMPARE(old.body, stored.body);
        const NotificationWords unknown
                = notificationWords(u"payroll_run"_s, { { u"job_title"_s, u"Clerk"_s } }, stored);
        QCOMPARE(unknown.title, stored.title);
        // Every kind a notification can be has words of its own, given its facts.
        QJsonObject facts;
        for (const QString &fact :
             { u"job_title"_s, u"training_title"_s, u"internship_title"_s, u"sponsorship_title"_s,
               u"course_name"_s, u"saved_search_name"_s, u"sender_name"_s })
            facts.insert(fact, u"Quarterly review"_s);
        for (const QString &kind : forms::notificationKinds()) {
            facts.insert(u"status"_s, kind == u"application_status"_s ? u"hired"_s : u"approved"_s);
            const NotificationWords words = notificationWords(kind, facts, stored);
            QVERIFY2(words.title != stored.title && !words.title.isEmpty(), qPrintable(kind));
        }
    }
};

QTEST_APPLESS_MAIN(TestCommon)
#include "tst_common.moc"
