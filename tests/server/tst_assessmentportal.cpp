// SPDX-License-Identifier: Apache-2.0
// The assessment portal's onboarding: with a key holding assessments.onboard, a portal gets
// signed, expiring links that land an applicant in an assessment (inviting a new one) or the
// company on its results; a forged or expired link leads nowhere.
#include "fixtures.h"

#include "core/auth/tokenservice.h"
#include "core/servercontext.h"

#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestAssessmentPortal : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void newApplicantIsInvitedAndLandsInTheAssessment();
    void theAnswerDoesNotTellWhetherAnEmailHasAnAccount();
    void employerLinkLandsOnResults();
    void applicantLinkRefusals_data();
    void applicantLinkRefusals();
    void forgedOrExpiredLinksLeadNowhere();

private:
    Reply portal(const QString &path, const QJsonObject &body, const QString &key = {});
    QJsonObject land(const QString &token, int expected = 200);

    QString m_key;
};

void TestAssessmentPortal::initTestCase()
{
    startWithStaff();
    const Reply key = m_server->post(
            u"/api/v1/api-keys"_s,
            QJsonObject { { u"name"_s, u"Assessment portal"_s },
                          { u"scopes"_s, QJsonArray { u"assessments.onboard"_s } } },
            m_employer.token);
    QCOMPARE(key.status, 201);
    m_key = key.json().value(u"key"_s).toString();
}

Reply TestAssessmentPortal::portal(const QString &path, const QJsonObject &body, const QString &key)
{
    return m_server->raw("POST", path, QJsonDocument(body).toJson(), "application/json", {},
                         { { "X-Api-Key", (key.isEmpty() ? m_key : key).toLatin1() } });
}

QJsonObject TestAssessmentPortal::land(const QString &token, int expected)
{
    const Reply reply
            = m_server->get(u"/api/v1/assessment-portal/onboarding?token="_s + percent(token));
    if (reply.status != expected)
        qWarning() << "landing:" << reply.status << reply.body;
    return reply.status == expected ? reply.json() : QJsonObject();
}

void TestAssessmentPortal::newApplicantIsInvitedAndLandsInTheAssessment()
{
    const QString email = u"portal.applicant@example.com"_s;
    const Reply link = portal(u"/api/v1/assessment-portal/applicants"_s,
                              QJsonObject { { u"email"_s, email },
                                            { u"first_name"_s, u"Chidi"_s },
                                            { u"last_name"_s, u"Okafor"_s },
                                            { u"assessment"_s, u"personality"_s },
                                            { u"expires_in_hours"_s, 24 } });
    QCOMPARE(link.status, 201);
    QVERIFY(m_server->waitForMail(email).has_value());
    const QString url = link.json().value(u"url"_s).toString();
    QVERIFY2(url.contains(u"/assessment-portal/onboarding?token="_s), qPrintable(url));
    const QString token = QUrlQuery(QUrl(url)).queryItemValue(u"token"_s, QUrl::FullyDecoded);
    QCOMPARE(token, link.json().value(u"token"_s).toString());

    const QJsonObject landing = land(token);
    QCOMPARE(landing.value(u"kind"_s).toString(), u"applicant"_s);
    QCOMPARE(landing.value(u"email"_s).toString(), email);
    QCOMPARE(landing[u"assessment"_s][u"slug"_s].toString(), u"personality"_s);
    QCOMPARE(landing.value(u"page"_s).toString(), u"assessment"_s);
    QCOMPARE(landing[u"company"_s][u"id"_s].toInteger(), *m_employer.companyId);
}

void TestAssessmentPortal::theAnswerDoesNotTellWhetherAnEmailHasAnAccount()
{
    // What a key holder sees for a new address, a talent's and a staff member's: the same status,
    // the same fields, the same landing. Only the tokens (and their expiry second) differ.
    const auto shapeOf = [this](const QString &email) {
        const Reply link = portal(u"/api/v1/assessment-portal/applicants"_s,
                                  QJsonObject { { u"email"_s, email },
                                                { u"first_name"_s, u"Any"_s },
                                                { u"last_name"_s, u"Name"_s },
                                                { u"assessment"_s, u"personality"_s } });
        QJsonObject answer = link.json();
        QJsonObject landing = land(answer.value(u"token"_s).toString());
        for (const QString &varying : { u"url"_s, u"token"_s, u"expires_at"_s })
            answer.remove(varying);
        landing.remove(u"email"_s);
        return QJsonObject { { u"status"_s, link.status },
                             { u"answer"_s, answer },
                             { u"landing"_s, landing } };
    };
    const QJsonObject fresh = shapeOf(u"never.seen@example.com"_s);
    QCOMPARE(fresh.value(u"status"_s).toInt(), 201);
    QCOMPARE(fresh[u"landing"_s][u"page"_s].toString(), u"assessment"_s);
    QCOMPARE(shapeOf(m_talent.email), fresh);
    const qsizetype staffMails = m_server->mailsTo(m_employer.email).size();
    QCOMPARE(shapeOf(m_employer.email), fresh);
    // The staff member, and only they, learn why the link will not work for them.
    const auto note = m_server->waitForMail(m_employer.email, int(staffMails) + 1);
    QVERIFY(note.has_value());
    QVERIFY2(note->text.contains(u"take no tests"_s), qPrintable(note->text));
    // Sent again, the same answer, and no second note: a key cannot fill a staff inbox.
    QCOMPARE(shapeOf(m_employer.email), fresh);
    QCOMPARE(m_server->mailsTo(m_employer.email).size(), staffMails + 1);
}

void TestAssessmentPortal::employerLinkLandsOnResults()
{
    const Reply link = portal(u"/api/v1/assessment-portal/employer-links"_s,
                              QJsonObject { { u"assessment"_s, u"personality"_s } });
    QCOMPARE(link.status, 201);
    const QJsonObject landing = land(link.json().value(u"token"_s).toString());
    QCOMPARE(landing.value(u"kind"_s).toString(), u"employer"_s);
    QCOMPARE(landing.value(u"page"_s).toString(), u"assessment-results"_s);
    QVERIFY(namesMessage(portal(u"/api/v1/assessment-portal/employer-links"_s, QJsonObject {}),
                         u"assessment"_s));
}

void TestAssessmentPortal::applicantLinkRefusals_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addRow("bad email") << u"email"_s << 400 << u"email"_s;
    QTest::addRow("too long") << u"hours"_s << 400 << u"expires_in_hours"_s;
    QTest::addRow("unknown assessment") << u"assessment"_s << 404 << QString();
    QTest::addRow("user token") << u"token"_s << 401 << QString();
    QTest::addRow("key without the scope") << u"scope"_s << 403 << QString();
}

void TestAssessmentPortal::applicantLinkRefusals()
{
    QFETCH(QString, problem);
    QFETCH(int, status);
    QFETCH(QString, field);
    QJsonObject body { { u"email"_s, u"someone@example.com"_s },
                       { u"first_name"_s, u"A"_s },
                       { u"last_name"_s, u"B"_s },
                       { u"assessment"_s, u"personality"_s } };
    if (problem == u"email"_s)
        body.insert(u"email"_s, u"nope"_s);
    if (problem == u"hours"_s)
        body.insert(u"expires_in_hours"_s, 100000);
    if (problem == u"assessment"_s)
        body.insert(u"assessment"_s, u"no-such-test"_s);
    Reply reply;
    if (problem == u"token"_s) {
        reply = m_server->post(u"/api/v1/assessment-portal/applicants"_s, body, m_employer.token);
    } else if (problem == u"scope"_s) {
        // A partner's key without the portal's scope.
        const QString other
                = m_server->post(u"/api/v1/api-keys"_s,
                                 QJsonObject { { u"name"_s, u"Reader"_s },
                                               { u"scopes"_s, QJsonArray { u"talents.read"_s } } },
                                 m_server->createUser(Role::Partner).token)
                          .json()
                          .value(u"key"_s)
                          .toString();
        reply = portal(u"/api/v1/assessment-portal/applicants"_s, body, other);
    } else {
        reply = portal(u"/api/v1/assessment-portal/applicants"_s, body);
    }
    QCOMPARE(reply.status, status);
    if (!field.isEmpty())
        QVERIFY2(namesMessage(reply, field), reply.body.constData());
}

void TestAssessmentPortal::forgedOrExpiredLinksLeadNowhere()
{
    const QString token = portal(u"/api/v1/assessment-portal/employer-links"_s,
                                 QJsonObject { { u"assessment"_s, u"personality"_s } })
                                  .json()
                                  .value(u"token"_s)
                                  .toString();
    QString forged = token;
    forged[forged.size() - 3] = forged.at(forged.size() - 3) == u'A' ? u'B' : u'A';
    land(forged, 410);
    const QString expired
            = m_server->context().tokens->sign({ { u"kind"_s, u"employer"_s },
                                                 { u"company"_s, *m_employer.companyId },
                                                 { u"assessment"_s, u"personality"_s } },
                                               u"assessment-portal"_s, -60);
    land(expired, 410);
    // A token of another purpose (a user's access token) is no link.
    land(m_talent.token, 410);
    QVERIFY(namesMessage(m_server->get(u"/api/v1/assessment-portal/onboarding"_s), u"token"_s));
}

QTEST_GUILESS_MAIN(TestAssessmentPortal)
#include "tst_assessmentportal.moc"
