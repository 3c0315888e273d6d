// SPDX-License-Identifier: Apache-2.0
// The applications talents send to sponsorship programmes and their ordered approval workflow:
// applying, who sees and lists them, documents, approving level by level, rejecting, slots,
// concurrent approvals, the unchangeable history, withdrawing, cancelling and reopening.
#include "areas/sponsorship.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestSponsorshipApplications : public QObject, public SponsorshipFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Applications
    void talentAppliesOncePerProgramme();
    void applyingNeedsAnOpenProgramme_data();
    void applyingNeedsAnOpenProgramme();
    void applyNamesTheInvalidField_data();
    void applyNamesTheInvalidField();
    void applicationIsSeenByApplicantReviewersAndStaff_data();
    void applicationIsSeenByApplicantReviewersAndStaff();
    void reviewersListAProgrammesApplications_data();
    void reviewersListAProgrammesApplications();
    void talentsListTheirOwnApplications_data();
    void talentsListTheirOwnApplications();
    void applicationDocumentsAreCheckedUploads_data();
    void applicationDocumentsAreCheckedUploads();

    // Approvals
    void twoLevelWorkflowApprovesInTurnAndNotifies();
    void rejectionEndsTheApplicationWithAReason();
    void approvalsNeverExceedTheSlots();
    void concurrentApprovalsNeitherLoseNorDoubleAdvance();
    void historyCannotBeChanged();
    void applicantWithdrawsOwnerCancelsOrReopens();
};

// ---- Applications ----

void TestSponsorshipApplications::talentAppliesOncePerProgramme()
{
    const qint64 id = simpleProgramme();
    const QString key = uploadedDocument(m_talent);
    QVERIFY(!key.isEmpty());
    const QJsonObject body { { u"motivation"_s, u"I teach girls in my town to code"_s },
                             { u"document_keys"_s, QJsonArray { key } } };
    const QString path = u"/api/v1/sponsorships/%1/applications"_s.arg(id);
    const Reply applied = m_server->post(path, body, m_talent.token);
    QCOMPARE(applied.status, 201);
    const QJsonObject application = applied.json();
    QCOMPARE(application.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(application.value(u"current_level"_s).toObject().value(u"level"_s).toInt(), 1);
    QCOMPARE(application.value(u"current_level"_s).toObject().value(u"name"_s).toString(),
             u"Decision"_s);
    QCOMPARE(application.value(u"applicant"_s).toObject().value(u"id"_s).toInteger(), m_talent.id);
    QCOMPARE(application.value(u"sponsorship"_s).toObject().value(u"id"_s).toInteger(), id);
    QCOMPARE(valuesOf(application.value(u"documents"_s).toArray(), u"key"_s), QStringList { key });

    const Reply again = m_server->post(path, body, m_talent.token);
    QCOMPARE(again.status, 409);
    const qint64 applicationId = application.value(u"id"_s).toInteger();
    const QJsonArray history = historyOf(applicationId, m_talent.token);
    QCOMPARE(valuesOf(history, u"action"_s), QStringList { u"submitted"_s });
    QCOMPARE(history.first().toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger(),
             m_talent.id);
    const QJsonObject counts = m_server->get(u"/api/v1/sponsorships/%1"_s.arg(id), m_sponsor.token)
                                       .json()
                                       .value(u"applications"_s)
                                       .toObject();
    QCOMPARE(counts.value(u"total"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"pending"_s).toInteger(), 1);
}

void TestSponsorshipApplications::applyingNeedsAnOpenProgramme_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("expected");
    QTest::addRow("open") << u"open"_s << 201;
    QTest::addRow("draft") << u"draft"_s << 404;
    QTest::addRow("closed") << u"closed"_s << 422;
    QTest::addRow("closing date passed") << u"passed"_s << 422;
    QTest::addRow("not open yet") << u"future"_s << 422;
}

void TestSponsorshipApplications::applyingNeedsAnOpenProgramme()
{
    QFETCH(QString, state);
    QFETCH(int, expected);
    QJsonObject body
            = programme(title(u"Window"_s), { level(u"One"_s, u"any_of"_s, { m_sponsor.id }) });
    if (state == u"draft"_s)
        body.insert(u"status"_s, u"draft"_s);
    if (state == u"future"_s)
        body.insert(u"opening_date"_s, day(5));
    const qint64 id = create(m_sponsor, body);
    QVERIFY(id > 0);
    if (state == u"closed"_s)
        QCOMPARE(m_server->patch(u"/api/v1/sponsorships/%1"_s.arg(id),
                                 QJsonObject { { u"status"_s, u"closed"_s } }, m_sponsor.token)
                         .status,
                 200);
    if (state == u"passed"_s)
        setDates(id, day(-30), day(-1));
    const Reply reply = m_server->post(u"/api/v1/sponsorships/%1/applications"_s.arg(id),
                                       QJsonObject { { u"motivation"_s, u"Please consider me"_s } },
                                       m_talent.token);
    QCOMPARE(reply.status, expected);
    const Reply listed
            = m_server->get(u"/api/v1/sponsorships/%1/applications"_s.arg(id), m_sponsor.token);
    QCOMPARE(listed.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(),
             expected == 201 ? 1 : 0);
}

void TestSponsorshipApplications::applyNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("named");
    QTest::addRow("motivation missing")
            << u"talent"_s << u"no motivation"_s << 400 << u"motivation"_s;
    QTest::addRow("someone else's document")
            << u"talent"_s << u"other's document"_s << 400 << u"document_keys[0]"_s;
    QTest::addRow("unknown document")
            << u"talent"_s << u"unknown document"_s << 400 << u"document_keys[0]"_s;
    QTest::addRow("documents not a list")
            << u"talent"_s << u"documents as text"_s << 400 << u"document_keys"_s;
    QTest::addRow("unknown programme") << u"talent"_s << u"unknown programme"_s << 404 << QString();
    QTest::addRow("sponsor") << u"sponsor"_s << QString() << 403 << QString();
    QTest::addRow("anonymous") << QString() << QString() << 401 << QString();
}

void TestSponsorshipApplications::applyNamesTheInvalidField()
{
    QFETCH(QString, who);
    QFETCH(QString, problem);
    QFETCH(int, expected);
    QFETCH(QString, named);
    qint64 id = simpleProgramme();
    QJsonObject body { { u"motivation"_s, u"Please consider me"_s } };
    if (problem == u"no motivation"_s)
        body.remove(u"motivation"_s);
    if (problem == u"other's document"_s)
        body.insert(u"document_keys"_s, QJsonArray { uploadedDocument(m_otherTalent) });
    if (problem == u"unknown document"_s)
        body.insert(u"document_keys"_s, QJsonArray { u"0123456789abcdef0123456789abcdef.pdf"_s });
    if (problem == u"documents as text"_s)
        body.insert(u"document_keys"_s, u"my-cv.pdf"_s);
    if (problem == u"unknown programme"_s)
        id = 999999;
    const Reply reply
            = m_server->post(u"/api/v1/sponsorships/%1/applications"_s.arg(id), body, tokenOf(who));
    QCOMPARE(reply.status, expected);
    if (!named.isEmpty()) {
        const QJsonArray messages = reply.json().value(u"message"_s).toArray();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().toString().startsWith(named + u' '), qPrintable(reply.message()));
    }
    QCOMPARE(m_server->get(u"/api/v1/sponsorship-applications"_s, m_talent.token).status, 200);
}

void TestSponsorshipApplications::applicationIsSeenByApplicantReviewersAndStaff_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("applicant") << u"talent"_s << 200;
    QTest::addRow("programme owner") << u"employer sponsor"_s << 200;
    QTest::addRow("approver") << u"reviewer"_s << 200;
    QTest::addRow("staff") << u"admin"_s << 200;
    QTest::addRow("owner's staff without permissions") << u"clerk"_s << 403;
    QTest::addRow("another talent") << u"other talent"_s << 404;
    QTest::addRow("another sponsor") << u"other sponsor"_s << 404;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestSponsorshipApplications::applicationIsSeenByApplicantReviewersAndStaff()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const qint64 id = create(
            m_employer,
            programme(title(u"Seen"_s),
                      { level(u"Panel"_s, u"any_of"_s, { m_employer.id, m_reviewerA.id }) }));
    const qint64 application = apply(m_talent, id);
    QVERIFY(application > 0);
    const QString path = u"/api/v1/sponsorship-applications/%1"_s.arg(application);
    const Reply reply = m_server->get(path, tokenOf(who));
    QCOMPARE(reply.status, expected);
    QCOMPARE(m_server->get(path + u"/workflow"_s, tokenOf(who)).status, expected);
    QCOMPARE(m_server->get(path + u"/history"_s, tokenOf(who)).status, expected);
    if (expected != 200)
        return;
    QCOMPARE(reply.json().value(u"id"_s).toInteger(), application);
    QCOMPARE(reply.json().value(u"motivation"_s).toString(),
             u"I build things and want to learn more"_s);
    // Who reviews is the sponsor's business: the applicant sees the levels, not the approvers.
    const QJsonObject level = m_server->get(path + u"/workflow"_s, tokenOf(who))
                                      .json()
                                      .value(u"levels"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
    QCOMPARE(level.value(u"state"_s).toString(), u"current"_s);
    QCOMPARE(level.contains(u"approvers"_s), who != u"talent"_s);
}

void TestSponsorshipApplications::reviewersListAProgrammesApplications_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("programme owner") << u"employer sponsor"_s << 200;
    QTest::addRow("approver") << u"reviewer"_s << 200;
    QTest::addRow("staff") << u"admin"_s << 200;
    QTest::addRow("owner's staff without permissions") << u"clerk"_s << 403;
    QTest::addRow("another sponsor") << u"other sponsor"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestSponsorshipApplications::reviewersListAProgrammesApplications()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const qint64 id = create(
            m_employer,
            programme(title(u"Listed"_s), { level(u"Panel"_s, u"any_of"_s, { m_employer.id }) }));
    const qint64 first = apply(m_talent, id);
    const qint64 second = apply(m_otherTalent, id);
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(act(m_employer, second, u"reject"_s, u"Not this year"_s).status, 200);

    const QString path = u"/api/v1/sponsorships/%1/applications"_s.arg(id);
    const Reply all = m_server->get(path, tokenOf(who));
    QCOMPARE(all.status, expected);
    if (expected != 200)
        return;
    QCOMPARE(valuesOf(all.json().value(u"data"_s).toArray(), u"id"_s),
             (QStringList { QString::number(first), QString::number(second) }));
    const Reply rejected = m_server->get(path + u"?status=rejected"_s, tokenOf(who));
    QCOMPARE(valuesOf(rejected.json().value(u"data"_s).toArray(), u"id"_s),
             QStringList { QString::number(second) });
    const Reply paged = m_server->get(path + u"?limit=1&page=2"_s, tokenOf(who));
    QCOMPARE(paged.json().value(u"meta"_s).toObject().value(u"pages"_s).toInteger(), 2);
    QCOMPARE(valuesOf(paged.json().value(u"data"_s).toArray(), u"id"_s),
             QStringList { QString::number(second) });
    QCOMPARE(m_server->get(path + u"?status=maybe"_s, tokenOf(who)).status, 400);
}

void TestSponsorshipApplications::talentsListTheirOwnApplications_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("applicant"); // whose applications are asked for
    QTest::addColumn<int>("expected");
    QTest::addRow("talent, their own") << u"talent"_s << QString() << 200;
    QTest::addRow("talent, naming themselves") << u"talent"_s << u"talent"_s << 200;
    QTest::addRow("talent, another's") << u"talent"_s << u"other talent"_s << 403;
    QTest::addRow("staff, a talent's") << u"admin"_s << u"talent"_s << 200;
    QTest::addRow("employer") << u"employer sponsor"_s << QString() << 403;
    QTest::addRow("anonymous") << QString() << QString() << 401;
}

void TestSponsorshipApplications::talentsListTheirOwnApplications()
{
    QFETCH(QString, who);
    QFETCH(QString, applicant);
    QFETCH(int, expected);
    const qint64 id = simpleProgramme();
    const qint64 mine = apply(m_talent, id);
    QVERIFY(mine > 0 && apply(m_otherTalent, id) > 0);
    const qint64 applicantId = applicant == u"talent"_s ? m_talent.id
            : applicant == u"other talent"_s            ? m_otherTalent.id
                                                        : 0;
    const QString path = u"/api/v1/sponsorship-applications?limit=100"_s
            + (applicantId ? u"&applicant_id=%1"_s.arg(applicantId) : QString());
    const Reply reply = m_server->get(path, tokenOf(who));
    QCOMPARE(reply.status, expected);
    if (expected != 200)
        return;
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QCOMPARE(data.first().toObject().value(u"id"_s).toInteger(), mine); // newest first
    for (const QJsonValue &item : data)
        QCOMPARE(item.toObject().value(u"applicant"_s).toObject().value(u"id"_s).toInteger(),
                 m_talent.id);
}

void TestSponsorshipApplications::applicationDocumentsAreCheckedUploads_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    QTest::addRow("PDF by the applicant") << u"talent"_s << tinyPdf() << 201;
    QTest::addRow("PNG by the applicant") << u"talent"_s << tinyPng() << 201;
    QTest::addRow("text sent as a PDF")
            << u"talent"_s << QByteArray("My grades: all excellent.\n") << 415;
    QTest::addRow("programme owner") << u"sponsor"_s << tinyPdf() << 403;
    QTest::addRow("another talent") << u"other talent"_s << tinyPdf() << 404;
    QTest::addRow("anonymous") << QString() << tinyPdf() << 401;
}

void TestSponsorshipApplications::applicationDocumentsAreCheckedUploads()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    const qint64 application = apply(m_talent, simpleProgramme());
    QVERIFY(application > 0);
    const Reply uploaded = m_server->raw(
            "POST",
            u"/api/v1/sponsorship-applications/%1/documents?label=Transcript"_s.arg(application),
            bytes, "application/pdf", tokenOf(who));
    QCOMPARE(uploaded.status, expected);
    const QJsonObject now = m_server->get(u"/api/v1/sponsorship-applications/%1"_s.arg(application),
                                          m_talent.token)
                                    .json();
    const QJsonArray documents = now.value(u"documents"_s).toArray();
    const QJsonArray history = historyOf(application, m_talent.token);
    if (expected != 201) {
        QVERIFY(documents.isEmpty());
        QCOMPARE(valuesOf(history, u"action"_s), QStringList { u"submitted"_s });
        return;
    }
    QCOMPARE(valuesOf(documents, u"key"_s),
             QStringList { uploaded.json().value(u"key"_s).toString() });
    QCOMPARE(documents.first().toObject().value(u"label"_s).toString(), u"Transcript"_s);
    QCOMPARE(valuesOf(history, u"action"_s), (QStringList { u"submitted"_s, u"document_added"_s }));
    QVERIFY(history.last().toObject().value(u"comment"_s).toString().startsWith(u"Transcript"_s));
}

// ---- Approvals ----

void TestSponsorshipApplications::twoLevelWorkflowApprovesInTurnAndNotifies()
{
    const qint64 id = create(
            m_employer,
            programme(title(u"Two levels"_s),
                      { level(u"Screening"_s, u"any_of"_s, { m_employer.id, m_reviewerA.id }),
                        level(u"Panel"_s, u"all_of"_s, { m_reviewerA.id, m_reviewerB.id }) }));
    QVERIFY(id > 0);
    const qint64 application = apply(m_talent, id);
    QVERIFY(application > 0);
    const QString path = u"/api/v1/sponsorship-applications/%1"_s.arg(application);
    const qsizetype notifiedBefore = notificationsOf(m_talent).size();

    // Level 1 (any of the owner and approver A): anyone else is refused.
    QCOMPARE(act(m_reviewerB, application, u"approve"_s).status, 403); // level 2 only
    QCOMPARE(act(m_clerk, application, u"approve"_s).status, 403);
    QCOMPARE(act(m_otherSponsor, application, u"approve"_s).status, 404);
    QCOMPARE(act(m_talent, application, u"approve"_s).status, 403);
    QCOMPARE(m_server->post(path + u"/approvals"_s, QJsonObject { { u"action"_s, u"approve"_s } })
                     .status,
             401);
    QCOMPARE(m_server->post(path + u"/approvals"_s, QJsonObject { { u"action"_s, u"maybe"_s } },
                            m_employer.token)
                     .status,
             400);

    Reply step = act(m_employer, application, u"approve"_s, u"Strong portfolio"_s);
    QCOMPARE(step.status, 200);
    QCOMPARE(step.json().value(u"status"_s).toString(), u"in_review"_s);
    QCOMPARE(step.json().value(u"current_level"_s).toObject().value(u"level"_s).toInt(), 2);
    QCOMPARE(step.json().value(u"current_level"_s).toObject().value(u"name"_s).toString(),
             u"Panel"_s);
    QCOMPARE(notificationsOf(m_talent).size(), notifiedBefore + 1);
    QCOMPARE(notificationsOf(m_talent).first().toObject().value(u"data"_s).toObject().value(
                     u"level"_s),
             QJsonValue(2));

    // Level 2 (all of A and B).
    QCOMPARE(act(m_employer, application, u"approve"_s).status, 403); // level 1 only
    step = act(m_reviewerA, application, u"approve"_s);
    QCOMPARE(step.status, 200);
    QCOMPARE(step.json().value(u"status"_s).toString(), u"in_review"_s);
    QCOMPARE(step.json().value(u"current_level"_s).toObject().value(u"level"_s).toInt(), 2);
    QCOMPARE(notificationsOf(m_talent).size(), notifiedBefore + 1); // a partial approval is quiet
    QCOMPARE(act(m_reviewerA, application, u"approve"_s).status, 409); // twice
    QCOMPARE(act(m_reviewerA, application, u"reject"_s, u"Changed my mind"_s).status, 409);
    const Reply stale = m_server->post(
            path + u"/approvals"_s,
            QJsonObject { { u"action"_s, u"approve"_s }, { u"level"_s, 1 } }, m_reviewerB.token);
    QCOMPARE(stale.status, 409);

    QJsonObject workflow = m_server->get(path + u"/workflow"_s, m_employer.token).json();
    QJsonArray levels = workflow.value(u"levels"_s).toArray();
    QCOMPARE(valuesOf(levels, u"state"_s), (QStringList { u"passed"_s, u"current"_s }));
    QCOMPARE(levels.at(1).toObject().value(u"required_approvals"_s).toInt(), 2);
    QCOMPARE(levels.at(1).toObject().value(u"approvals"_s).toArray().size(), 1);

    step = m_server->post(path + u"/approvals"_s,
                          QJsonObject { { u"action"_s, u"approve"_s }, { u"level"_s, 2 } },
                          m_reviewerB.token);
    QCOMPARE(step.status, 200);
    QCOMPARE(step.json().value(u"status"_s).toString(), u"approved"_s);
    QVERIFY(step.json().value(u"current_level"_s).isNull());
    QVERIFY(!step.json().value(u"decided_at"_s).toString().isEmpty());
    const QJsonObject programmeNow
            = m_server->get(u"/api/v1/sponsorships/%1"_s.arg(id), m_employer.token).json();
    QCOMPARE(programmeNow.value(u"slots_filled"_s).toInt(), 1);
    QCOMPARE(programmeNow.value(u"applications"_s).toObject().value(u"approved"_s).toInteger(), 1);

    const QJsonArray notifications = notificationsOf(m_talent);
    QCOMPARE(notifications.size(), notifiedBefore + 2);
    QCOMPARE(notifications.first().toObject().value(u"data"_s).toObject().value(u"status"_s),
             QJsonValue(u"approved"_s));
    QVERIFY(notifications.first().toObject().value(u"title"_s).toString().contains(u"approved"_s));

    // Decided: nothing moves it any more.
    QCOMPARE(act(m_reviewerA, application, u"reject"_s, u"Too late"_s).status, 422);
    QCOMPARE(act(m_employer, application, u"approve"_s).status, 422);
    QCOMPARE(m_server->patch(path, QJsonObject { { u"action"_s, u"withdraw"_s } }, m_talent.token)
                     .status,
             422);

    const QJsonArray history = historyOf(application, m_talent.token);
    QCOMPARE(valuesOf(history, u"action"_s),
             (QStringList { u"submitted"_s, u"approved"_s, u"approved"_s, u"approved"_s,
                            u"decided"_s }));
    QCOMPARE(valuesOf(history, u"level"_s),
             (QStringList { QString(), u"1"_s, u"2"_s, u"2"_s, QString() }));
    QStringList actors;
    for (const QJsonValue &entry : history)
        actors.append(QString::number(
                entry.toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger()));
    QCOMPARE(actors,
             (QStringList { QString::number(m_talent.id), QString::number(m_employer.id),
                            QString::number(m_reviewerA.id), QString::number(m_reviewerB.id),
                            QString::number(m_reviewerB.id) }));
    QCOMPARE(history.at(1).toObject().value(u"comment"_s).toString(), u"Strong portfolio"_s);
    QCOMPARE(history.at(1).toObject().value(u"level_name"_s).toString(), u"Screening"_s);

    workflow = m_server->get(path + u"/workflow"_s, m_talent.token).json();
    QCOMPARE(valuesOf(workflow.value(u"levels"_s).toArray(), u"state"_s),
             (QStringList { u"passed"_s, u"passed"_s }));
}

void TestSponsorshipApplications::rejectionEndsTheApplicationWithAReason()
{
    const qint64 id = create(
            m_employer,
            programme(title(u"Rejecting"_s),
                      { level(u"Screening"_s, u"any_of"_s, { m_employer.id, m_reviewerA.id }),
                        level(u"Panel"_s, u"all_of"_s, { m_reviewerA.id, m_reviewerB.id }) }));
    const qint64 application = apply(m_talent, id);
    QVERIFY(application > 0);
    const Reply noReason = act(m_reviewerA, application, u"reject"_s);
    QCOMPARE(noReason.status, 400);
    QVERIFY2(noReason.message().startsWith(u"comment "_s), qPrintable(noReason.message()));
    QCOMPARE(act(m_employer, application, u"approve"_s).status, 200);

    const QString reason = u"We can fund fewer places this year"_s;
    const Reply rejected = act(m_reviewerB, application, u"reject"_s, reason);
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json().value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.json().value(u"decision_reason"_s).toString(), reason);
    QVERIFY(rejected.json().value(u"current_level"_s).isNull());

    QCOMPARE(act(m_reviewerA, application, u"approve"_s).status, 422);
    QCOMPARE(m_server->raw("POST",
                           u"/api/v1/sponsorship-applications/%1/documents"_s.arg(application),
                           tinyPdf(), "application/pdf", m_talent.token)
                     .status,
             422);

    const QJsonObject notice = notificationsOf(m_talent).first().toObject();
    QCOMPARE(notice.value(u"body"_s).toString(), reason);
    QCOMPARE(notice.value(u"data"_s).toObject().value(u"application_id"_s).toInteger(), application);
    QCOMPARE(notice.value(u"data"_s).toObject().value(u"status"_s).toString(), u"rejected"_s);

    const QString path = u"/api/v1/sponsorship-applications/%1"_s.arg(application);
    QCOMPARE(valuesOf(m_server->get(path + u"/workflow"_s, m_talent.token)
                              .json()
                              .value(u"levels"_s)
                              .toArray(),
                      u"state"_s),
             (QStringList { u"passed"_s, u"rejected"_s }));
    const QJsonArray history = historyOf(application, m_talent.token);
    QCOMPARE(valuesOf(history, u"action"_s),
             (QStringList { u"submitted"_s, u"approved"_s, u"rejected"_s }));
    QCOMPARE(history.last().toObject().value(u"comment"_s).toString(), reason);
    QCOMPARE(history.last().toObject().value(u"level"_s).toInt(), 2);
}

void TestSponsorshipApplications::approvalsNeverExceedTheSlots()
{
    const qint64 id = simpleProgramme(1);
    const qint64 first = apply(m_talent, id);
    const qint64 second = apply(m_otherTalent, id);
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(act(m_sponsor, first, u"approve"_s).status, 200);
    const QString programmePath = u"/api/v1/sponsorships/%1"_s.arg(id);
    QJsonObject now = m_server->get(programmePath).json();
    QCOMPARE(now.value(u"slots_left"_s).toInt(), 0);
    QCOMPARE(now.value(u"accepting_applications"_s).toBool(), false);

    const Reply beyond = act(m_sponsor, second, u"approve"_s);
    QCOMPARE(beyond.status, 422);
    const QJsonObject untouched
            = m_server->get(u"/api/v1/sponsorship-applications/%1"_s.arg(second),
                            m_otherTalent.token)
                      .json();
    QCOMPARE(untouched.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(valuesOf(historyOf(second, m_otherTalent.token), u"action"_s),
             QStringList { u"submitted"_s });
    const TestUser late = m_server->createUser(Role::Talent);
    const Reply full = m_server->post(u"/api/v1/sponsorships/%1/applications"_s.arg(id),
                                      QJsonObject { { u"motivation"_s, u"Me too"_s } }, late.token);
    QCOMPARE(full.status, 422);

    // One more place lets the second through; then slots cannot drop below the two awarded.
    QCOMPARE(m_server->patch(programmePath, QJsonObject { { u"slots"_s, 2 } }, m_sponsor.token)
                     .status,
             200);
    QCOMPARE(act(m_sponsor, second, u"approve"_s).status, 200);
    QCOMPARE(m_server->patch(programmePath, QJsonObject { { u"slots"_s, 1 } }, m_sponsor.token)
                     .status,
             422);
    QCOMPARE(m_server->get(programmePath).json().value(u"slots_filled"_s).toInt(), 2);
}

void TestSponsorshipApplications::concurrentApprovalsNeitherLoseNorDoubleAdvance()
{
    const QList<TestUser> talents { m_talent, m_otherTalent, m_server->createUser(Role::Talent),
                                    m_server->createUser(Role::Talent) };
    constexpr int programmes = 3;
    // Each talent applies to a few programmes with @p mode at level 1 (approvers A and B), then
    // A and B approve every application at the same moment.
    auto race = [&](const QString &mode, const QJsonObject &approve, QList<qint64> *applications) {
        QList<Call> calls;
        for (int p = 0; p < programmes; ++p) {
            const qint64 id = create(
                    m_employer,
                    programme(title(u"Race"_s),
                              { level(u"Panel"_s, mode, { m_reviewerA.id, m_reviewerB.id }),
                                level(u"Board"_s, u"any_of"_s, { m_employer.id }) },
                              10));
            for (const TestUser &talent : talents) {
                const qint64 application = apply(talent, id);
                applications->append(application);
                const QString path
                        = u"/api/v1/sponsorship-applications/%1/approvals"_s.arg(application);
                calls.append({ m_reviewerA.token, path, approve });
                calls.append({ m_reviewerB.token, path, approve });
            }
        }
        return together(calls);
    };
    auto levelOf = [&](qint64 application) {
        return m_server
                ->get(u"/api/v1/sponsorship-applications/%1"_s.arg(application), m_employer.token)
                .json()
                .value(u"current_level"_s)
                .toObject()
                .value(u"level"_s)
                .toInt();
    };

    // All of A and B: both approvals count and the level advances once.
    QList<qint64> applications;
    QList<Reply> replies
            = race(u"all_of"_s, QJsonObject { { u"action"_s, u"approve"_s } }, &applications);
    QVERIFY(!applications.contains(0));
    for (const Reply &reply : std::as_const(replies))
        QCOMPARE(reply.status, 200);
    for (qint64 application : std::as_const(applications)) {
        QCOMPARE(levelOf(application), 2);
        const QJsonArray history = historyOf(application, m_employer.token);
        QCOMPARE(valuesOf(history, u"action"_s),
                 (QStringList { u"submitted"_s, u"approved"_s, u"approved"_s }));
        QCOMPARE(valuesOf(history, u"level"_s), (QStringList { QString(), u"1"_s, u"1"_s }));
    }

    // Any of A and B, each approving level 1: one passes the level, the other finds it moved on.
    applications.clear();
    replies = race(u"any_of"_s, QJsonObject { { u"action"_s, u"approve"_s }, { u"level"_s, 1 } },
                   &applications);
    QVERIFY(!applications.contains(0));
    for (qsizetype i = 0; i < applications.size(); ++i) {
        const QList<int> statuses { replies.at(2 * i).status, replies.at(2 * i + 1).status };
        QVERIFY2(statuses.count(200) == 1 && statuses.count(409) == 1,
                 qPrintable(u"%1 and %2"_s.arg(statuses.at(0)).arg(statuses.at(1))));
        QCOMPARE(valuesOf(historyOf(applications.at(i), m_employer.token), u"action"_s),
                 (QStringList { u"submitted"_s, u"approved"_s }));
        QCOMPARE(levelOf(applications.at(i)), 2);
    }
}

void TestSponsorshipApplications::historyCannotBeChanged()
{
    // No operation but reading exists for the history.
    const QJsonObject paths = m_server->get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (it.key().contains(u"history"_s) && it.key().contains(u"sponsorship"_s))
            QCOMPARE(it.value().toObject().keys(), QStringList { u"get"_s });
    }
    const qint64 application = apply(m_talent, simpleProgramme());
    QVERIFY(application > 0);
    const QJsonArray before = historyOf(application, m_sponsor.token);
    QCOMPARE(before.size(), 1);
    const QString path = u"/api/v1/sponsorship-applications/%1/history"_s.arg(application);
    const qint64 entry = before.first().toObject().value(u"id"_s).toInteger();
    for (const QByteArray method : { "POST", "PUT", "PATCH", "DELETE" }) {
        QCOMPARE(m_server->call(method, path, QJsonObject { { u"action"_s, u"approved"_s } },
                                m_sponsor.token)
                         .status,
                 405);
        QCOMPARE(m_server->call(method, path + u"/%1"_s.arg(entry), QJsonObject(), m_sponsor.token)
                         .status,
                 404);
    }

    QCOMPARE(act(m_sponsor, application, u"approve"_s, u"Welcome aboard"_s).status, 200);
    const QJsonArray after = historyOf(application, m_sponsor.token);
    QCOMPARE(valuesOf(after, u"action"_s),
             (QStringList { u"submitted"_s, u"approved"_s, u"decided"_s }));
    QCOMPARE(after.first(), before.first()); // what was written stays as it was
    for (qsizetype i = 1; i < after.size(); ++i) {
        const QJsonObject previous = after.at(i - 1).toObject();
        const QJsonObject current = after.at(i).toObject();
        QVERIFY(current.value(u"id"_s).toInteger() > previous.value(u"id"_s).toInteger());
        QVERIFY(current.value(u"created_at"_s).toString()
                >= previous.value(u"created_at"_s).toString());
    }
}

void TestSponsorshipApplications::applicantWithdrawsOwnerCancelsOrReopens()
{
    const qint64 id = simpleProgramme(1);
    auto change = [&](qint64 application, const QJsonObject &body, const QString &token) {
        return m_server->patch(u"/api/v1/sponsorship-applications/%1"_s.arg(application), body,
                               token);
    };
    const QJsonObject withdraw { { u"action"_s, u"withdraw"_s },
                                 { u"reason"_s, u"I found another sponsor"_s } };
    const QJsonObject cancel { { u"action"_s, u"cancel"_s },
                               { u"reason"_s, u"Your residence could not be confirmed"_s } };
    const QJsonObject reopen { { u"action"_s, u"reopen"_s } };

    // The applicant withdraws; only they can, and only while undecided.
    const qint64 withdrawn = apply(m_talent, id);
    QVERIFY(withdrawn > 0);
    QCOMPARE(change(withdrawn, withdraw, m_sponsor.token).status, 403);
    QCOMPARE(change(withdrawn, cancel, m_talent.token).status, 403);
    QCOMPARE(change(withdrawn, withdraw, m_otherSponsor.token).status, 404);
    QCOMPARE(change(withdrawn, withdraw, QString()).status, 401);
    Reply reply = change(withdrawn, withdraw, m_talent.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"withdrawn"_s);
    QCOMPARE(change(withdrawn, withdraw, m_talent.token).status, 422);
    QCOMPARE(change(withdrawn, reopen, m_sponsor.token).status, 422);
    QCOMPARE(act(m_sponsor, withdrawn, u"approve"_s).status, 422);

    // The owner cancels with a reason, reopens for a new round, and a cancelled approval frees
    // its place.
    const qint64 other = apply(m_otherTalent, id);
    QVERIFY(other > 0);
    reply = change(other, { { u"action"_s, u"cancel"_s } }, m_sponsor.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().startsWith(u"reason "_s), qPrintable(reply.message()));
    QCOMPARE(change(other, { { u"action"_s, u"archive"_s } }, m_sponsor.token).status, 400);
    reply = change(other, cancel, m_sponsor.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(reply.json().value(u"decision_reason"_s), cancel.value(u"reason"_s));
    reply = change(other, reopen, m_sponsor.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(reply.json().value(u"review_round"_s).toInt(), 2);
    QVERIFY(reply.json().value(u"decision_reason"_s).isNull());
    QCOMPARE(act(m_sponsor, other, u"approve"_s).status, 200);
    const QString programmePath = u"/api/v1/sponsorships/%1"_s.arg(id);
    QCOMPARE(m_server->get(programmePath).json().value(u"slots_filled"_s).toInt(), 1);
    QCOMPARE(change(other, cancel, m_sponsor.token).status, 200);
    QCOMPARE(m_server->get(programmePath).json().value(u"slots_filled"_s).toInt(), 0);

    QCOMPARE(valuesOf(historyOf(other, m_otherTalent.token), u"action"_s),
             (QStringList { u"submitted"_s, u"cancelled"_s, u"reopened"_s, u"approved"_s,
                            u"decided"_s, u"cancelled"_s }));
    QStringList told;
    const QJsonArray notifications = notificationsOf(m_otherTalent);
    for (const QJsonValue &n : notifications) {
        const QJsonObject data = n.toObject().value(u"data"_s).toObject();
        if (data.value(u"application_id"_s).toInteger() == other)
            told.prepend(data.value(u"status"_s).toString()); // newest first in the inbox
    }
    QCOMPARE(told, (QStringList { u"cancelled"_s, u"pending"_s, u"approved"_s, u"cancelled"_s }));

    // An approver without sponsorships.manage cannot cancel.
    const qint64 employerProgramme = create(
            m_employer,
            programme(title(u"Managed"_s), { level(u"Panel"_s, u"any_of"_s, { m_reviewerA.id }) }));
    const qint64 third = apply(m_talent, employerProgramme);
    QVERIFY(third > 0);
    QCOMPARE(change(third, cancel, m_reviewerA.token).status, 403);
    QCOMPARE(change(third, cancel, m_employer.token).status, 200);
}

QTEST_MAIN(TestSponsorshipApplications)
#include "tst_sponsorship_applications.moc"
