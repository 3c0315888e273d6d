// SPDX-License-Identifier: Apache-2.0
// Testimonials: a talent writes one, admins approve or reject it, the public reads the approved
// ones, and the author or an admin deletes it.
#include "fixtures.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

const QString story = u"Worknation found me a role as a data analyst in Lagos within a month."_s;

} // namespace

class TestTestimonials : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithStaff(); } // the talent never writes a testimonial
    void cleanupTestCase() { m_server.reset(); }

    // Writing
    void talentWritesOneTestimonialThatWaitsForApproval();
    void onlyTalentsWriteTestimonials_data();
    void onlyTalentsWriteTestimonials();
    void testimonialNamesTheInvalidField_data();
    void testimonialNamesTheInvalidField();
    void ownTestimonialIsReadByToken_data();
    void ownTestimonialIsReadByToken();
    void editingSendsItBackForApproval();
    void editRefusals_data();
    void editRefusals();

    // Reviewing and reading
    void adminApprovesByTheTalentsUserId();
    void adminRejectsWithAReasonTheTalentReads();
    void reviewRefusals_data();
    void reviewRefusals();
    void adminListFiltersByStatusAndPages();
    void adminListRefusals_data();
    void adminListRefusals();
    void publicSeesOnlyApprovedTestimonials();

    // Deleting
    void deleteByAuthorOrAdmin_data();
    void deleteByAuthorOrAdmin();
    void deletedTestimonialCanBeWrittenAgain();

private:
    /** A talent of their own for one test, with a pending testimonial unless @p write is false. */
    TestUser talent(bool write = true, int rating = 4);
    QJsonArray approved();
};

TestUser TestTestimonials::talent(bool write, int rating)
{
    TestUser user = m_server->createUser(Role::Talent);
    if (write) {
        const Reply created = m_server->post(u"/api/v1/testimonials"_s,
                                             QJsonObject { { u"rating"_s, rating },
                                                           { u"body"_s, story },
                                                           { u"role_text"_s, u"Data analyst"_s } },
                                             user.token);
        if (created.status != 201)
            qWarning() << "testimonial not written:" << created.status << created.body;
    }
    return user;
}

QJsonArray TestTestimonials::approved()
{
    const Reply reply = m_server->get(u"/api/v1/testimonials/approved?limit=100"_s);
    if (reply.status != 200)
        qWarning() << "approved list:" << reply.status << reply.body;
    return reply.json().value(u"data"_s).toArray();
}

// ---- Writing ----

void TestTestimonials::talentWritesOneTestimonialThatWaitsForApproval()
{
    const TestUser author = talent(false);
    const Reply created
            = m_server->post(u"/api/v1/testimonials"_s,
                             QJsonObject { { u"rating"_s, 5 },
                                           { u"body"_s, u"  "_s + story + u" "_s },
                                           { u"role_text"_s, u"Data analyst, Lagos"_s } },
                             author.token);
    QCOMPARE(created.status, 201);
    const QJsonObject testimonial = created.json();
    QVERIFY(testimonial.value(u"id"_s).toInteger() > 0);
    QCOMPARE(testimonial.value(u"user_id"_s).toInteger(), author.id);
    QCOMPARE(testimonial.value(u"rating"_s).toInt(), 5);
    QCOMPARE(testimonial.value(u"body"_s).toString(), story);
    QCOMPARE(testimonial.value(u"role_text"_s).toString(), u"Data analyst, Lagos"_s);
    QCOMPARE(testimonial.value(u"status"_s).toString(), u"pending"_s);
    QVERIFY(testimonial.value(u"reviewed_at"_s).isNull());

    const Reply mine = m_server->get(u"/api/v1/testimonials/me"_s, author.token);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json(), testimonial);

    const Reply second = m_server->post(
            u"/api/v1/testimonials"_s,
            QJsonObject { { u"rating"_s, 1 },
                          { u"body"_s, u"A second opinion that is long enough."_s } },
            author.token);
    QCOMPARE(second.status, 409);
    QCOMPARE(m_server->get(u"/api/v1/testimonials/me"_s, author.token).json(), testimonial);
    QVERIFY(findBy(approved(), u"id"_s, testimonial.value(u"id"_s)).isEmpty());
}

void TestTestimonials::onlyTalentsWriteTestimonials_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTestimonials::onlyTalentsWriteTestimonials()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const Reply refused = m_server->post(u"/api/v1/testimonials"_s,
                                         QJsonObject { { u"rating"_s, 5 }, { u"body"_s, story } },
                                         tokenOf(caller));
    QCOMPARE(refused.status, expected);
}

void TestTestimonials::testimonialNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: left out
    QTest::addRow("rating missing") << u"rating"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("rating 0") << u"rating"_s << QJsonValue(0);
    QTest::addRow("rating 6") << u"rating"_s << QJsonValue(6);
    QTest::addRow("rating 4.5") << u"rating"_s << QJsonValue(4.5);
    QTest::addRow("rating in words") << u"rating"_s << QJsonValue(u"five"_s);
    QTest::addRow("body missing") << u"body"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("body blank") << u"body"_s << QJsonValue(u"    "_s);
    QTest::addRow("body shorter than 20") << u"body"_s << QJsonValue(u"Great platform!"_s);
    QTest::addRow("body longer than 1000") << u"body"_s << QJsonValue(QString(1001, u'a'));
    QTest::addRow("body a number") << u"body"_s << QJsonValue(12345);
    QTest::addRow("role_text longer than 100") << u"role_text"_s << QJsonValue(QString(101, u'r'));
}

void TestTestimonials::testimonialNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const TestUser author = talent(false);
    QJsonObject body { { u"rating"_s, 4 }, { u"body"_s, story }, { u"role_text"_s, u"Nurse"_s } };
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const Reply refused = m_server->post(u"/api/v1/testimonials"_s, body, author.token);
    QCOMPARE(refused.status, 400);
    const QJsonArray messages = refused.json().value(u"message"_s).toArray();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().toString().startsWith(field + u' '), qPrintable(refused.message()));
    QCOMPARE(m_server->get(u"/api/v1/testimonials/me"_s, author.token).status, 404);
}

void TestTestimonials::ownTestimonialIsReadByToken_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("talent who wrote none") << u"talent"_s << 404;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTestimonials::ownTestimonialIsReadByToken()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QCOMPARE(m_server->get(u"/api/v1/testimonials/me"_s, tokenOf(caller)).status, expected);
}

void TestTestimonials::editingSendsItBackForApproval()
{
    const TestUser author = talent(true, 3);
    const Reply approvedReply
            = m_server->post(u"/api/v1/testimonials/users/%1/approve"_s.arg(author.id),
                             QJsonObject {}, m_admin.token);
    QCOMPARE(approvedReply.status, 200);
    const qint64 id = approvedReply.json().value(u"id"_s).toInteger();
    QVERIFY(!findBy(approved(), u"id"_s, id).isEmpty());

    const QString changed = u"Two months on: I was promoted to senior analyst, thanks!"_s;
    const Reply edited = m_server->patch(u"/api/v1/testimonials/me"_s,
                                         QJsonObject { { u"rating"_s, 5 }, { u"body"_s, changed } },
                                         author.token);
    QCOMPARE(edited.status, 200);
    const QJsonObject testimonial = edited.json();
    QCOMPARE(testimonial.value(u"id"_s).toInteger(), id);
    QCOMPARE(testimonial.value(u"rating"_s).toInt(), 5);
    QCOMPARE(testimonial.value(u"body"_s).toString(), changed);
    QCOMPARE(testimonial.value(u"role_text"_s).toString(), u"Data analyst"_s); // unchanged
    QCOMPARE(testimonial.value(u"status"_s).toString(), u"pending"_s);
    QVERIFY(testimonial.value(u"reviewed_at"_s).isNull());
    QVERIFY(findBy(approved(), u"id"_s, id).isEmpty());

    // An empty role_text clears it.
    const Reply cleared = m_server->patch(u"/api/v1/testimonials/me"_s,
                                          QJsonObject { { u"role_text"_s, u""_s } }, author.token);
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json().value(u"role_text"_s).isNull());
    QCOMPARE(cleared.json().value(u"body"_s).toString(), changed);
}

void TestTestimonials::editRefusals_data()
{
    QTest::addColumn<QString>("caller"); // "author": a talent with a testimonial
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("field");
    QTest::addRow("nothing to change") << u"author"_s << QJsonObject {} << 400 << QString();
    QTest::addRow("only unknown fields")
            << u"author"_s << QJsonObject { { u"status"_s, u"approved"_s } } << 400 << QString();
    QTest::addRow("rating 9") << u"author"_s << QJsonObject { { u"rating"_s, 9 } } << 400
                              << u"rating"_s;
    QTest::addRow("body too short")
            << u"author"_s << QJsonObject { { u"body"_s, u"Meh."_s } } << 400 << u"body"_s;
    QTest::addRow("body emptied") << u"author"_s << QJsonObject { { u"body"_s, u""_s } } << 400
                                  << u"body"_s;
    QTest::addRow("body of spaces")
            << u"author"_s << QJsonObject { { u"body"_s, u"   "_s } } << 400 << u"body"_s;
    QTest::addRow("talent who wrote none")
            << u"talent"_s << QJsonObject { { u"rating"_s, 2 } } << 404 << QString();
    QTest::addRow("employer") << u"employer"_s << QJsonObject { { u"rating"_s, 2 } } << 403
                              << QString();
    QTest::addRow("anonymous") << QString() << QJsonObject { { u"rating"_s, 2 } } << 401
                               << QString();
}

void TestTestimonials::editRefusals()
{
    QFETCH(QString, caller);
    QFETCH(QJsonObject, body);
    QFETCH(int, expected);
    QFETCH(QString, field);
    TestUser author;
    QString token = tokenOf(caller);
    if (caller == u"author"_s) {
        author = talent(true, 4);
        token = author.token;
    }
    const Reply refused = m_server->patch(u"/api/v1/testimonials/me"_s, body, token);
    QCOMPARE(refused.status, expected);
    if (!field.isEmpty())
        QVERIFY2(refused.message().startsWith(field + u' '), qPrintable(refused.message()));
    if (caller == u"author"_s) {
        const QJsonObject mine = m_server->get(u"/api/v1/testimonials/me"_s, token).json();
        QCOMPARE(mine.value(u"rating"_s).toInt(), 4);
        QCOMPARE(mine.value(u"body"_s).toString(), story);
    }
}

// ---- Reviewing and reading ----

void TestTestimonials::adminApprovesByTheTalentsUserId()
{
    const TestUser author = talent(true, 5);
    const Reply reply = m_server->post(u"/api/v1/testimonials/users/%1/approve"_s.arg(author.id),
                                       QJsonObject {}, m_admin.token);
    QCOMPARE(reply.status, 200);
    const QJsonObject testimonial = reply.json();
    QCOMPARE(testimonial.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(testimonial.value(u"user_id"_s).toInteger(), author.id);
    QCOMPARE(testimonial.value(u"author"_s).toObject().value(u"email"_s).toString(), author.email);
    QVERIFY(!testimonial.value(u"reviewed_at"_s).toString().isEmpty());

    const Reply mine = m_server->get(u"/api/v1/testimonials/me"_s, author.token);
    QCOMPARE(mine.json().value(u"status"_s).toString(), u"approved"_s);

    // The public sees the first name, the last initial, the role, the rating and the words.
    const QJsonObject shown = findBy(approved(), u"id"_s, testimonial.value(u"id"_s));
    QCOMPARE(shown.value(u"first_name"_s).toString(), u"Test"_s);
    QCOMPARE(shown.value(u"last_initial"_s).toString(), u"T"_s); // last name "talent"
    QCOMPARE(shown.value(u"author_name"_s).toString(), u"Test T."_s);
    QCOMPARE(shown.value(u"role_text"_s).toString(), u"Data analyst"_s);
    QCOMPARE(shown.value(u"rating"_s).toInt(), 5);
    QCOMPARE(shown.value(u"body"_s).toString(), story);
    QVERIFY(!shown.contains(u"email"_s) && !shown.contains(u"last_name"_s)
            && !shown.contains(u"user_id"_s) && !shown.contains(u"author"_s));
}

void TestTestimonials::adminRejectsWithAReasonTheTalentReads()
{
    const TestUser author = talent(true, 2);
    const QString reason = u"Please remove the phone number from your testimonial"_s;
    const Reply reply = m_server->post(u"/api/v1/testimonials/users/%1/reject"_s.arg(author.id),
                                       QJsonObject { { u"reason"_s, reason } }, m_superAdmin.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"rejected"_s);
    const QJsonObject mine = m_server->get(u"/api/v1/testimonials/me"_s, author.token).json();
    QCOMPARE(mine.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(mine.value(u"rejection_reason"_s).toString(), reason);
    QVERIFY(findBy(approved(), u"id"_s, mine.value(u"id"_s)).isEmpty());

    // Approving it later clears the reason.
    const Reply later = m_server->post(u"/api/v1/testimonials/users/%1/approve"_s.arg(author.id),
                                       QJsonObject {}, m_admin.token);
    QCOMPARE(later.status, 200);
    QVERIFY(later.json().value(u"rejection_reason"_s).isNull());
    QVERIFY(!findBy(approved(), u"id"_s, mine.value(u"id"_s)).isEmpty());
}

void TestTestimonials::reviewRefusals_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("whose"); // "author", "no testimonial", "nobody"
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expected");
    const QJsonObject reason { { u"reason"_s, u"Off topic"_s } };
    QTest::addRow("reject without a reason")
            << u"admin"_s << u"reject"_s << u"author"_s << QJsonObject {} << 400;
    QTest::addRow("reject with a blank reason") << u"admin"_s << u"reject"_s << u"author"_s
                                                << QJsonObject { { u"reason"_s, u"   "_s } } << 400;
    QTest::addRow("talent without a testimonial")
            << u"admin"_s << u"approve"_s << u"no testimonial"_s << QJsonObject {} << 404;
    QTest::addRow("no such user") << u"admin"_s << u"approve"_s << u"nobody"_s << QJsonObject {}
                                  << 404;
    QTest::addRow("reject for no such user")
            << u"admin"_s << u"reject"_s << u"nobody"_s << reason << 404;
    QTest::addRow("support approves")
            << u"support"_s << u"approve"_s << u"author"_s << QJsonObject {} << 403;
    QTest::addRow("talent approves")
            << u"talent"_s << u"approve"_s << u"author"_s << QJsonObject {} << 403;
    QTest::addRow("employer rejects")
            << u"employer"_s << u"reject"_s << u"author"_s << reason << 403;
    QTest::addRow("anonymous approves")
            << QString() << u"approve"_s << u"author"_s << QJsonObject {} << 401;
}

void TestTestimonials::reviewRefusals()
{
    QFETCH(QString, caller);
    QFETCH(QString, action);
    QFETCH(QString, whose);
    QFETCH(QJsonObject, body);
    QFETCH(int, expected);
    const TestUser author = talent(whose == u"author"_s);
    const qint64 userId = whose == u"nobody"_s ? 987654321 : author.id;
    const Reply refused = m_server->post(
            u"/api/v1/testimonials/users/%1/%2"_s.arg(userId).arg(action), body, tokenOf(caller));
    QCOMPARE(refused.status, expected);
    if (whose == u"author"_s) {
        const QJsonObject mine = m_server->get(u"/api/v1/testimonials/me"_s, author.token).json();
        QCOMPARE(mine.value(u"status"_s).toString(), u"pending"_s);
    }
}

void TestTestimonials::adminListFiltersByStatusAndPages()
{
    const TestUser pending = talent(true);
    const TestUser accepted = talent(true);
    const TestUser refused = talent(true);
    QCOMPARE(m_server->post(u"/api/v1/testimonials/users/%1/approve"_s.arg(accepted.id),
                            QJsonObject {}, m_admin.token)
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/testimonials/users/%1/reject"_s.arg(refused.id),
                            QJsonObject { { u"reason"_s, u"Not about Worknation"_s } },
                            m_admin.token)
                     .status,
             200);

    const QHash<QString, qint64> authorOf { { u"pending"_s, pending.id },
                                            { u"approved"_s, accepted.id },
                                            { u"rejected"_s, refused.id } };
    qint64 sum = 0;
    for (auto it = authorOf.begin(); it != authorOf.end(); ++it) {
        const Reply reply = m_server->get(
                u"/api/v1/testimonials?limit=100&status=%1"_s.arg(it.key()), m_admin.token);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.json().value(u"data"_s).toArray();
        for (const QJsonValue &item : data)
            QCOMPARE(item.toObject().value(u"status"_s).toString(), it.key());
        const QJsonObject row = findBy(data, u"user_id"_s, it.value());
        QVERIFY2(!row.isEmpty(), qPrintable(it.key()));
        QCOMPARE(row.value(u"author"_s).toObject().value(u"id"_s).toInteger(), it.value());
        sum += reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger();
    }
    const Reply all = m_server->get(u"/api/v1/testimonials?limit=4"_s, m_superAdmin.token);
    QCOMPARE(all.status, 200);
    const qint64 total = all.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger();
    QCOMPARE(total, sum);

    const Reply second = m_server->get(u"/api/v1/testimonials?limit=2&page=2"_s, m_admin.token);
    const QJsonObject meta = second.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"page"_s).toInteger(), 2);
    QCOMPARE(meta.value(u"pages"_s).toInteger(), (total + 1) / 2);
    const QJsonArray page = second.json().value(u"data"_s).toArray();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0), all.json().value(u"data"_s).toArray().at(2));
    // Most recently changed first: the rejected one was reviewed last.
    QCOMPARE(
            all.json().value(u"data"_s).toArray().first().toObject().value(u"user_id"_s).toInteger(),
            refused.id);
}

void TestTestimonials::adminListRefusals_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::addRow("status outside the list") << u"admin"_s << u"status=hidden"_s << 400;
    QTest::addRow("limit above 100") << u"admin"_s << u"limit=500"_s << 400;
    QTest::addRow("page 0") << u"admin"_s << u"page=0"_s << 400;
    QTest::addRow("support") << u"support"_s << QString() << 403;
    QTest::addRow("talent") << u"talent"_s << QString() << 403;
    QTest::addRow("anonymous") << QString() << QString() << 401;
}

void TestTestimonials::adminListRefusals()
{
    QFETCH(QString, caller);
    QFETCH(QString, query);
    QFETCH(int, expected);
    QCOMPARE(m_server->get(u"/api/v1/testimonials?"_s + query, tokenOf(caller)).status, expected);
}

void TestTestimonials::publicSeesOnlyApprovedTestimonials()
{
    const TestUser waiting = talent(true);
    const TestUser shown = talent(true);
    QCOMPARE(m_server->post(u"/api/v1/testimonials/users/%1/approve"_s.arg(shown.id),
                            QJsonObject {}, m_admin.token)
                     .status,
             200);
    const Reply reply = m_server->get(u"/api/v1/testimonials/approved?limit=100"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    const Reply approvedForAdmin
            = m_server->get(u"/api/v1/testimonials?status=approved&limit=100"_s, m_admin.token);
    QCOMPARE(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(),
             approvedForAdmin.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger());
    const QJsonObject shownRow
            = findBy(approvedForAdmin.json().value(u"data"_s).toArray(), u"user_id"_s, shown.id);
    QVERIFY(!findBy(data, u"id"_s, shownRow.value(u"id"_s)).isEmpty());
    const qint64 waitingId = m_server->get(u"/api/v1/testimonials/me"_s, waiting.token)
                                     .json()
                                     .value(u"id"_s)
                                     .toInteger();
    QVERIFY(findBy(data, u"id"_s, waitingId).isEmpty());
    // Anyone may read them, signed in or not.
    QCOMPARE(m_server->get(u"/api/v1/testimonials/approved"_s, m_employer.token).status, 200);
}

// ---- Deleting ----

void TestTestimonials::deleteByAuthorOrAdmin_data()
{
    QTest::addColumn<QString>("caller"); // "author" deletes their own
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("expected");
    QTest::addRow("author") << u"author"_s << true << 200;
    QTest::addRow("admin") << u"admin"_s << true << 200;
    QTest::addRow("super admin") << u"super_admin"_s << true << 200;
    QTest::addRow("another talent") << u"talent"_s << true << 404;
    QTest::addRow("support") << u"support"_s << true << 404;
    QTest::addRow("employer") << u"employer"_s << true << 404;
    QTest::addRow("anonymous") << QString() << true << 401;
    QTest::addRow("no such testimonial") << u"admin"_s << false << 404;
}

void TestTestimonials::deleteByAuthorOrAdmin()
{
    QFETCH(QString, caller);
    QFETCH(bool, exists);
    QFETCH(int, expected);
    const TestUser author = talent(true);
    const qint64 id = exists ? m_server->get(u"/api/v1/testimonials/me"_s, author.token)
                                       .json()
                                       .value(u"id"_s)
                                       .toInteger()
                             : 987654321;
    const QString token = caller == u"author"_s ? author.token : tokenOf(caller);
    const Reply reply = m_server->del(u"/api/v1/testimonials/%1"_s.arg(id), token);
    QCOMPARE(reply.status, expected);
    QCOMPARE(m_server->get(u"/api/v1/testimonials/me"_s, author.token).status,
             expected == 200 ? 404 : 200);
}

void TestTestimonials::deletedTestimonialCanBeWrittenAgain()
{
    const TestUser author = talent(true);
    const qint64 id = m_server->get(u"/api/v1/testimonials/me"_s, author.token)
                              .json()
                              .value(u"id"_s)
                              .toInteger();
    QCOMPARE(m_server->del(u"/api/v1/testimonials/%1"_s.arg(id), author.token).status, 200);
    QCOMPARE(m_server->del(u"/api/v1/testimonials/%1"_s.arg(id), author.token).status, 404);
    const Reply again = m_server->post(u"/api/v1/testimonials"_s,
                                       QJsonObject { { u"rating"_s, 3 }, { u"body"_s, story } },
                                       author.token);
    QCOMPARE(again.status, 201);
    QVERIFY(again.json().value(u"id"_s).toInteger() != id);
}

QTEST_MAIN(TestTestimonials)
#include "tst_testimonials.moc"
