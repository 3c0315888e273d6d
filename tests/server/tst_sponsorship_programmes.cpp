// SPDX-License-Identifier: Apache-2.0
// Sponsorship programmes: who may create one and what it must hold, who finds drafts and open
// programmes, changing and deleting them, their documents, and a deleted sponsor's programmes.
#include "areas/sponsorship.h"

#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestSponsorshipProgrammes : public QObject, public SponsorshipFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Programmes
    void onlySponsorsCreateProgrammes_data();
    void onlySponsorsCreateProgrammes();
    void createNamesTheInvalidField_data();
    void createNamesTheInvalidField();
    void everyoneListsOpenProgrammesAndOwnersAlsoTheirDrafts();
    void aDraftIsOnlyFoundByItsCompany_data();
    void aDraftIsOnlyFoundByItsCompany();
    void onlyTheOwnerUpdatesAProgramme_data();
    void onlyTheOwnerUpdatesAProgramme();
    void programmeChangesFollowTheRules();
    void deletingNeedsNoApplicationsOrAClosedProgramme();
    void aDeletedSponsorsProgrammesAreGone();
    void programmeDocumentsAreCheckedUploads_data();
    void programmeDocumentsAreCheckedUploads();
};

// ---- Programmes ----

void TestSponsorshipProgrammes::onlySponsorsCreateProgrammes_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("sponsor organisation") << u"sponsor"_s << 201;
    QTest::addRow("employer that sponsors") << u"employer sponsor"_s << 201;
    QTest::addRow("employer that does not sponsor") << u"plain employer"_s << 403;
    QTest::addRow("staff without sponsorships.manage") << u"clerk"_s << 403;
    QTest::addRow("approver without sponsorships.manage") << u"reviewer"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestSponsorshipProgrammes::onlySponsorsCreateProgrammes()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const QString name = title(u"Scholars"_s);
    const QJsonObject body = programme(
            name, { level(u"Screening"_s, u"any_of"_s, { userIdOf(who) ? userIdOf(who) : 1 }) });
    const Reply reply = m_server->post(u"/api/v1/sponsorships"_s, body, tokenOf(who));
    QCOMPARE(reply.status, expected);
    const Reply listed = m_server->get(u"/api/v1/sponsorships?q="_s
                                       + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    QCOMPARE(listed.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(),
             expected == 201 ? 1 : 0);
    if (expected != 201)
        return;
    const QJsonObject created = reply.json();
    QCOMPARE(created.value(u"title"_s).toString(), name);
    QCOMPARE(created.value(u"currency"_s).toString(), u"NGN"_s);
    QCOMPARE(created.value(u"amount"_s).toInteger(), 500000);
    QCOMPARE(created.value(u"slots_left"_s).toInt(), 5);
    QCOMPARE(created.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(created.value(u"accepting_applications"_s).toBool(), true);
    QCOMPARE(created.value(u"opening_date"_s).toString(), day(0));
    QCOMPARE(created.value(u"required_documents"_s).toArray(),
             (QJsonArray { u"CV"_s, u"Transcript"_s }));
    const QJsonArray workflow = created.value(u"workflow"_s).toArray();
    QCOMPARE(workflow.size(), 1);
    QCOMPARE(workflow.first().toObject().value(u"mode"_s).toString(), u"any_of"_s);
    QCOMPARE(valuesOf(workflow.first().toObject().value(u"approvers"_s).toArray(), u"id"_s),
             QStringList { QString::number(userIdOf(who)) });
}

void TestSponsorshipProgrammes::createNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
    QTest::addColumn<QString>("named");
    const QJsonValue none(QJsonValue::Undefined);
    QTest::addRow("title missing") << u"title"_s << none << u"title"_s;
    QTest::addRow("no slots") << u"slots"_s << QJsonValue(0) << u"slots"_s;
    QTest::addRow("unknown currency") << u"currency"_s << QJsonValue(u"XYZ"_s) << u"currency"_s;
    QTest::addRow("closing date not ISO")
            << u"closing_date"_s << QJsonValue(u"31/12/2030"_s) << u"closing_date"_s;
    QTest::addRow("closing before opening")
            << u"opening_date"_s << QJsonValue(day(60)) << u"closing_date"_s;
    QTest::addRow("closing date passed")
            << u"closing_date"_s << QJsonValue(day(-1)) << u"closing_date"_s;
    QTest::addRow("no workflow") << u"workflow"_s << QJsonValue(QJsonArray()) << u"workflow"_s;
    QTest::addRow("unknown mode") << u"workflow"_s
                                  << QJsonValue(QJsonArray { level(u"One"_s, u"majority"_s, { 1 }) })
                                  << u"workflow[0].mode"_s;
    QTest::addRow("level without approvers")
            << u"workflow"_s << QJsonValue(QJsonArray { level(u"One"_s, u"any_of"_s, {}) })
            << u"workflow[0].approvers"_s;
    QTest::addRow("approver of another company")
            << u"workflow"_s
            << QJsonValue(QJsonArray { level(u"One"_s, u"any_of"_s, { m_sponsor.id }) })
            << u"workflow[0].approvers[0]"_s;
    QTest::addRow("talent as approver")
            << u"workflow"_s
            << QJsonValue(QJsonArray { level(u"One"_s, u"any_of"_s, { m_talent.id }) })
            << u"workflow[0].approvers[0]"_s;
    QTest::addRow("staff without sponsorships.approve")
            << u"workflow"_s
            << QJsonValue(QJsonArray { level(u"One"_s, u"all_of"_s, { m_clerk.id }) })
            << u"workflow[0].approvers[0]"_s;
    QTest::addRow("same approver twice in a level")
            << u"workflow"_s
            << QJsonValue(QJsonArray {
                       level(u"One"_s, u"all_of"_s, { m_employer.id, m_employer.id }) })
            << u"workflow[0].approvers[1]"_s;
}

void TestSponsorshipProgrammes::createNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    QJsonObject body
            = programme(title(u"Invalid"_s), { level(u"One"_s, u"any_of"_s, { m_employer.id }) });
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const Reply refused = m_server->post(u"/api/v1/sponsorships"_s, body, m_employer.token);
    QCOMPARE(refused.status, 400);
    const QJsonArray messages = refused.json().value(u"message"_s).toArray();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().toString().startsWith(named + u' '), qPrintable(refused.message()));
}

void TestSponsorshipProgrammes::everyoneListsOpenProgrammesAndOwnersAlsoTheirDrafts()
{
    const QString stem = u"Zebra%1"_s.arg(++m_counter);
    const QString openTitle = stem + u" Fellowship"_s;
    const QString draftTitle = stem + u" Draft"_s;
    QJsonObject body = programme(openTitle, { level(u"One"_s, u"any_of"_s, { m_sponsor.id }) });
    QVERIFY(create(m_sponsor, body) > 0);
    body.insert(u"title"_s, draftTitle);
    body.insert(u"status"_s, u"draft"_s);
    QVERIFY(create(m_sponsor, body) > 0);

    auto titles = [&](const QString &token, const QString &filters = {}) {
        const Reply listed = m_server->get(
                u"/api/v1/sponsorships?q=%1%2"_s.arg(stem.toLower(), filters), token);
        return valuesOf(listed.json().value(u"data"_s).toArray(), u"title"_s);
    };
    QCOMPARE(titles({}), QStringList { openTitle });
    QCOMPARE(titles(m_talent.token), QStringList { openTitle });
    QCOMPARE(titles(m_otherSponsor.token), QStringList { openTitle });
    QCOMPARE(titles(m_sponsor.token), (QStringList { draftTitle, openTitle }));
    QCOMPARE(titles(m_admin.token), (QStringList { draftTitle, openTitle }));
    QCOMPARE(titles({}, u"&status=draft"_s), QStringList());
    QCOMPARE(titles(m_sponsor.token, u"&status=draft"_s), QStringList { draftTitle });

    const Reply second = m_server->get(u"/api/v1/sponsorships?limit=1&page=2&q=%1"_s.arg(stem),
                                       m_sponsor.token);
    QCOMPARE(second.status, 200);
    const QJsonObject meta = second.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"total"_s).toInteger(), 2);
    QCOMPARE(meta.value(u"pages"_s).toInteger(), 2);
    QCOMPARE(valuesOf(second.json().value(u"data"_s).toArray(), u"title"_s),
             QStringList { openTitle });
    QCOMPARE(m_server->get(u"/api/v1/sponsorships?limit=500"_s).status, 400);
}

void TestSponsorshipProgrammes::aDraftIsOnlyFoundByItsCompany_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("seesApprovers");
    QTest::addRow("draft, its sponsor") << u"draft"_s << u"sponsor"_s << 200 << true;
    QTest::addRow("draft, staff") << u"draft"_s << u"admin"_s << 200 << true;
    QTest::addRow("draft, another sponsor") << u"draft"_s << u"other sponsor"_s << 404 << false;
    QTest::addRow("draft, talent") << u"draft"_s << u"talent"_s << 404 << false;
    QTest::addRow("draft, anonymous") << u"draft"_s << QString() << 404 << false;
    QTest::addRow("open, anonymous") << u"open"_s << QString() << 200 << false;
    QTest::addRow("open, talent") << u"open"_s << u"talent"_s << 200 << false;
    QTest::addRow("open, another sponsor") << u"open"_s << u"other sponsor"_s << 200 << false;
}

void TestSponsorshipProgrammes::aDraftIsOnlyFoundByItsCompany()
{
    QFETCH(QString, status);
    QFETCH(QString, who);
    QFETCH(int, expected);
    QFETCH(bool, seesApprovers);
    QJsonObject body
            = programme(title(u"Visible"_s), { level(u"One"_s, u"any_of"_s, { m_sponsor.id }) });
    body.insert(u"status"_s, status);
    const qint64 id = create(m_sponsor, body);
    QVERIFY(id > 0);
    const Reply reply = m_server->get(u"/api/v1/sponsorships/%1"_s.arg(id), tokenOf(who));
    QCOMPARE(reply.status, expected);
    if (expected == 200) {
        const QJsonObject level = reply.json().value(u"workflow"_s).toArray().first().toObject();
        QCOMPARE(level.value(u"name"_s).toString(), u"One"_s);
        QCOMPARE(level.contains(u"approvers"_s), seesApprovers);
        QCOMPARE(reply.json().contains(u"applications"_s), seesApprovers);
    }
    QCOMPARE(m_server->get(u"/api/v1/sponsorships/999999"_s, tokenOf(who)).status, 404);
}

void TestSponsorshipProgrammes::onlyTheOwnerUpdatesAProgramme_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("its owner") << u"employer sponsor"_s << 200;
    QTest::addRow("its approver without sponsorships.manage") << u"reviewer"_s << 403;
    QTest::addRow("its staff without permissions") << u"clerk"_s << 403;
    QTest::addRow("another sponsor") << u"other sponsor"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestSponsorshipProgrammes::onlyTheOwnerUpdatesAProgramme()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const qint64 id = create(
            m_employer,
            programme(title(u"Original"_s), { level(u"One"_s, u"any_of"_s, { m_employer.id }) }));
    QVERIFY(id > 0);
    const QString renamed = title(u"Renamed"_s);
    const Reply reply = m_server->patch(
            u"/api/v1/sponsorships/%1"_s.arg(id),
            QJsonObject { { u"title"_s, renamed }, { u"slots"_s, 7 }, { u"currency"_s, u"USD"_s } },
            tokenOf(who));
    QCOMPARE(reply.status, expected);
    const QJsonObject now = m_server->get(u"/api/v1/sponsorships/%1"_s.arg(id)).json();
    QCOMPARE(now.value(u"title"_s).toString() == renamed, expected == 200);
    QCOMPARE(now.value(u"slots"_s).toInt(), expected == 200 ? 7 : 5);
    QCOMPARE(now.value(u"currency"_s).toString(), expected == 200 ? u"USD"_s : u"NGN"_s);
}

void TestSponsorshipProgrammes::programmeChangesFollowTheRules()
{
    const qint64 id = simpleProgramme(2);
    QVERIFY(id > 0);
    const QString path = u"/api/v1/sponsorships/%1"_s.arg(id);
    auto change
            = [&](const QJsonObject &body) { return m_server->patch(path, body, m_sponsor.token); };

    QCOMPARE(change({ { u"status"_s, u"draft"_s } }).status, 422);
    Reply refused = change({ { u"slots"_s, 0 } });
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().startsWith(u"slots "_s), qPrintable(refused.message()));
    refused = change({ { u"closing_date"_s, day(-3) } });
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().startsWith(u"closing_date "_s), qPrintable(refused.message()));
    refused = change({ { u"opening_date"_s, day(40) } });
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains(u"before opening_date"_s), qPrintable(refused.message()));

    Reply changed = change({ { u"status"_s, u"closed"_s } });
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(u"accepting_applications"_s).toBool(), false);
    QCOMPARE(change({ { u"status"_s, u"open"_s } }).status, 200);

    // Once the closing date has passed, reopening needs a new one.
    QCOMPARE(change({ { u"status"_s, u"closed"_s } }).status, 200);
    setDates(id, day(-30), day(-1));
    QCOMPARE(change({ { u"status"_s, u"open"_s } }).status, 422);
    changed = change({ { u"status"_s, u"open"_s }, { u"closing_date"_s, day(10) } });
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(u"accepting_applications"_s).toBool(), true);

    changed = change({ { u"amount"_s, QJsonValue::Null } });
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.json().value(u"amount"_s).isNull());
    QCOMPARE(changed.json().value(u"title"_s).toString().startsWith(u"Bursary"_s), true);

    // The workflow is fixed once someone applied.
    const QJsonArray workflow { level(u"Panel"_s, u"all_of"_s, { m_sponsor.id }) };
    QCOMPARE(apply(m_talent, id) > 0, true);
    refused = change({ { u"workflow"_s, workflow } });
    QCOMPARE(refused.status, 422);
    QCOMPARE(m_server->get(path)
                     .json()
                     .value(u"workflow"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"name"_s),
             QJsonValue(u"Decision"_s));
    const qint64 fresh = simpleProgramme();
    changed = m_server->patch(u"/api/v1/sponsorships/%1"_s.arg(fresh),
                              QJsonObject { { u"workflow"_s, workflow } }, m_sponsor.token);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(u"workflow"_s).toArray().first().toObject().value(u"mode"_s),
             QJsonValue(u"all_of"_s));
}

void TestSponsorshipProgrammes::deletingNeedsNoApplicationsOrAClosedProgramme()
{
    const qint64 empty = simpleProgramme();
    const QString emptyPath = u"/api/v1/sponsorships/%1"_s.arg(empty);
    QCOMPARE(m_server->del(emptyPath, m_otherSponsor.token).status, 404);
    QCOMPARE(m_server->del(emptyPath, m_talent.token).status, 403);
    QCOMPARE(m_server->del(emptyPath).status, 401);
    QCOMPARE(m_server->get(emptyPath).status, 200);
    QCOMPARE(m_server->del(emptyPath, m_sponsor.token).status, 200);
    QCOMPARE(m_server->get(emptyPath, m_sponsor.token).status, 404);
    QCOMPARE(m_server->del(emptyPath, m_sponsor.token).status, 404);

    const qint64 busy = simpleProgramme();
    const qint64 application = apply(m_talent, busy);
    QVERIFY(application > 0);
    const QString busyPath = u"/api/v1/sponsorships/%1"_s.arg(busy);
    QCOMPARE(m_server->del(busyPath, m_sponsor.token).status, 409);
    QCOMPARE(m_server->get(busyPath).status, 200);
    QCOMPARE(m_server->patch(busyPath, QJsonObject { { u"status"_s, u"closed"_s } }, m_sponsor.token)
                     .status,
             200);
    QCOMPARE(m_server->del(busyPath, m_sponsor.token).status, 200);
    QCOMPARE(m_server->get(busyPath).status, 404);

    // The applicant keeps their application, cancelled, and is told.
    const Reply mine = m_server->get(u"/api/v1/sponsorship-applications/%1"_s.arg(application),
                                     m_talent.token);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json().value(u"status"_s).toString(), u"cancelled"_s);
    QVERIFY(!mine.json().value(u"decision_reason"_s).toString().isEmpty());
    const QJsonArray notifications = notificationsOf(m_talent);
    QVERIFY(std::any_of(notifications.begin(), notifications.end(), [&](const QJsonValue &n) {
        const QJsonObject data = n.toObject().value(u"data"_s).toObject();
        return data.value(u"application_id"_s).toInteger() == application
                && data.value(u"status"_s).toString() == u"cancelled"_s;
    }));
    QCOMPARE(valuesOf(historyOf(application, m_talent.token), u"action"_s),
             (QStringList { u"submitted"_s, u"cancelled"_s }));
}

void TestSponsorshipProgrammes::aDeletedSponsorsProgrammesAreGone()
{
    const TestUser leaving = m_server->createUser(Role::Sponsor);
    const qint64 id = create(leaving,
                             programme(title(u"Farewell grant"_s),
                                       { level(u"Decision"_s, u"any_of"_s, { leaving.id }) }, 3));
    QVERIFY(id > 0);
    QCOMPARE(m_server->del(u"/api/v1/companies/%1"_s.arg(*leaving.companyId), leaving.token).status,
             200);
    QCOMPARE(m_server->get(u"/api/v1/sponsorships/%1"_s.arg(id), m_talent.token).status, 404);
    QCOMPARE(m_server->post(u"/api/v1/sponsorships/%1/applications"_s.arg(id),
                            QJsonObject { { u"motivation"_s, u"Please consider me for this"_s } },
                            m_talent.token)
                     .status,
             404);
    for (const QJsonValue &listed :
         m_server->get(u"/api/v1/sponsorships?limit=100"_s).json().value(u"data"_s).toArray())
        QVERIFY(listed.toObject().value(u"id"_s).toInteger() != id);
}

void TestSponsorshipProgrammes::programmeDocumentsAreCheckedUploads_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    QTest::addRow("PDF by its sponsor") << u"sponsor"_s << tinyPdf() << 201;
    QTest::addRow("PNG by its sponsor") << u"sponsor"_s << tinyPng() << 201;
    QTest::addRow("text sent as a PDF")
            << u"sponsor"_s << QByteArray("Terms: be nice to each other.\n") << 415;
    QTest::addRow("empty") << u"sponsor"_s << QByteArray() << 400;
    QTest::addRow("another sponsor") << u"other sponsor"_s << tinyPdf() << 404;
    QTest::addRow("talent") << u"talent"_s << tinyPdf() << 403;
    QTest::addRow("anonymous") << QString() << tinyPdf() << 401;
}

void TestSponsorshipProgrammes::programmeDocumentsAreCheckedUploads()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    const qint64 id = simpleProgramme();
    const Reply uploaded
            = m_server->raw("POST", u"/api/v1/sponsorships/%1/documents?label=Terms"_s.arg(id),
                            bytes, "application/pdf", tokenOf(who));
    QCOMPARE(uploaded.status, expected);
    const QJsonArray documents = m_server->get(u"/api/v1/sponsorships/%1"_s.arg(id))
                                         .json()
                                         .value(u"documents"_s)
                                         .toArray();
    QCOMPARE(documents.size(), expected == 201 ? 1 : 0);
    if (expected != 201)
        return;
    const QJsonObject document = documents.first().toObject();
    QCOMPARE(document.value(u"key"_s), uploaded.json().value(u"key"_s));
    QCOMPARE(document.value(u"label"_s).toString(), u"Terms"_s);
    QCOMPARE(document.value(u"content_type"_s).toString(),
             bytes == tinyPdf() ? u"application/pdf"_s : u"image/png"_s);
    const Reply download = m_server->get(pathOf(document.value(u"url"_s).toString()));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, bytes);
}

QTEST_MAIN(TestSponsorshipProgrammes)
#include "tst_sponsorship_programmes.moc"
