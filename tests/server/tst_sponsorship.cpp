// SPDX-License-Identifier: Apache-2.0
// Sponsorship programmes, the applications talents send to them and their ordered approval
// workflow: everything under /api/v1/sponsorships and /api/v1/sponsorship-applications.
#include "testserver.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDate>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QByteArray tinyPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                             "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}

/** The smallest valid PNG: one transparent pixel. */
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000a49444154789c63000100000500010d0a2db400000000"
                               "49454e44ae426082");
}

QString day(int fromToday)
{
    return QDateTime::currentDateTimeUtc().date().addDays(fromToday).toString(Qt::ISODate);
}

QJsonObject level(const QString &name, const QString &mode, const QList<qint64> &approvers)
{
    QJsonArray ids;
    for (qint64 id : approvers)
        ids.append(id);
    return { { u"name"_s, name }, { u"mode"_s, mode }, { u"approvers"_s, ids } };
}

/** A programme a sponsor would create: open now, closing in a month. */
QJsonObject programme(const QString &title, const QJsonArray &workflow, int slots = 5)
{
    return { { u"title"_s, title },
             { u"description"_s, u"Tuition and a laptop for promising developers"_s },
             { u"amount"_s, 500000 },
             { u"benefits"_s, u"Mentoring by our engineers"_s },
             { u"slots"_s, slots },
             { u"eligibility"_s, u"Nigerian residents aged 18 to 30"_s },
             { u"closing_date"_s, day(30) },
             { u"required_documents"_s, QJsonArray { u"CV"_s, u"Transcript"_s } },
             { u"status"_s, u"open"_s },
             { u"workflow"_s, workflow } };
}

QStringList valuesOf(const QJsonArray &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(key).toVariant().toString());
    return values;
}

QString invitationToken(const Mail &mail)
{
    static const QRegularExpression token(u"token=([0-9]+\\.[A-Za-z0-9_-]+)"_s);
    return token.match(mail.text).captured(1);
}

QString pathOf(const QString &url)
{
    return QUrl(url).path(QUrl::FullyEncoded);
}

} // namespace

class TestSponsorship : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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

private:
    struct Call
    {
        QString token;
        QString path;
        QJsonObject body;
    };

    QString tokenOf(const QString &who) const;
    qint64 userIdOf(const QString &who) const;
    /** An accepted employee of @p owner's company holding the company role @p roleId. */
    TestUser employee(const TestUser &owner, qint64 roleId);
    qint64 companyRole(const TestUser &owner, const QString &name, const QStringList &permissions);
    QString title(const QString &stem) { return u"%1 %2"_s.arg(stem).arg(++m_counter); }
    /** Creates a programme; its id, or 0. */
    qint64 create(const TestUser &owner, const QJsonObject &body);
    /** A programme of the sponsor with one any_of level the sponsor approves. */
    qint64 simpleProgramme(int slots = 5);
    /** Applies; the application's id, or 0. */
    qint64 apply(const TestUser &talent, qint64 programmeId, const QJsonArray &keys = {});
    Reply act(const TestUser &who, qint64 applicationId, const QString &action,
              const QString &comment = {});
    QJsonArray historyOf(qint64 applicationId, const QString &token);
    /** The key of a document @p owner uploaded through a presigned URL. */
    QString uploadedDocument(const TestUser &owner);
    QJsonArray notificationsOf(const TestUser &user);
    void setDates(qint64 programmeId, const QString &opening, const QString &closing);
    QList<Reply> together(const QList<Call> &calls);

    std::unique_ptr<TestServer> m_server;
    TestUser m_sponsor; ///< a sponsor organisation's owner
    TestUser m_otherSponsor;
    TestUser m_employer; ///< an employer that became a sponsor
    TestUser m_reviewerA; ///< its staff holding sponsorships.approve
    TestUser m_reviewerB;
    TestUser m_clerk; ///< its staff without sponsorship permissions
    TestUser m_plainEmployer; ///< an employer that does not sponsor
    TestUser m_talent;
    TestUser m_otherTalent;
    TestUser m_admin;
    int m_counter = 0;
};

void TestSponsorship::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_sponsor = m_server->createUser(Role::Sponsor);
    m_otherSponsor = m_server->createUser(Role::Sponsor);
    m_employer = m_server->createUser(Role::Employer);
    // The employer became a sponsor (the companies area's business; here it is a given).
    Sql(m_server->context().db(), u"UPDATE companies SET is_sponsor = TRUE WHERE id = :id"_s)
            .bind(u":id"_s, *m_employer.companyId)
            .exec();
    const qint64 approverRole
            = companyRole(m_employer, u"Sponsorship approver"_s, { u"sponsorships.approve"_s });
    const qint64 clerkRole = companyRole(m_employer, u"Clerk"_s, { u"chat.use"_s });
    QVERIFY(approverRole > 0 && clerkRole > 0);
    m_reviewerA = employee(m_employer, approverRole);
    m_reviewerB = employee(m_employer, approverRole);
    m_clerk = employee(m_employer, clerkRole);
    QVERIFY(!m_reviewerA.token.isEmpty() && !m_reviewerB.token.isEmpty()
            && !m_clerk.token.isEmpty());
    m_plainEmployer = m_server->createUser(Role::Employer);
    m_talent = m_server->createUser(Role::Talent);
    m_otherTalent = m_server->createUser(Role::Talent);
    m_admin = m_server->createUser(Role::Admin);
}

QString TestSponsorship::tokenOf(const QString &who) const
{
    static const QHash<QString, const TestUser TestSponsorship::*> users {
        { u"sponsor"_s, &TestSponsorship::m_sponsor },
        { u"other sponsor"_s, &TestSponsorship::m_otherSponsor },
        { u"employer sponsor"_s, &TestSponsorship::m_employer },
        { u"reviewer"_s, &TestSponsorship::m_reviewerA },
        { u"clerk"_s, &TestSponsorship::m_clerk },
        { u"plain employer"_s, &TestSponsorship::m_plainEmployer },
        { u"talent"_s, &TestSponsorship::m_talent },
        { u"other talent"_s, &TestSponsorship::m_otherTalent },
        { u"admin"_s, &TestSponsorship::m_admin },
    };
    const auto it = users.constFind(who);
    return it == users.constEnd() ? QString() : (this->*(*it)).token;
}

qint64 TestSponsorship::userIdOf(const QString &who) const
{
    if (who == u"sponsor"_s)
        return m_sponsor.id;
    if (who == u"other sponsor"_s)
        return m_otherSponsor.id;
    if (who == u"employer sponsor"_s)
        return m_employer.id;
    if (who == u"clerk"_s)
        return m_clerk.id;
    if (who == u"talent"_s)
        return m_talent.id;
    return 0;
}

qint64 TestSponsorship::companyRole(const TestUser &owner, const QString &name,
                                    const QStringList &permissions)
{
    const Reply role = m_server->post(
            u"/api/v1/onboarding/employer-roles"_s,
            QJsonObject { { u"name"_s, name },
                          { u"permissions"_s, QJsonArray::fromStringList(permissions) } },
            owner.token);
    return role.status == 201 ? role.json().value(u"id"_s).toInteger() : 0;
}

TestUser TestSponsorship::employee(const TestUser &owner, qint64 roleId)
{
    TestUser user;
    user.role = Role::Employee;
    user.email = u"staff%1@sponsorship.test"_s.arg(++m_counter);
    user.password = u"Empl0yee!pass"_s;
    user.companyId = owner.companyId;
    const Reply added = m_server->post(u"/api/v1/onboarding/employees"_s,
                                       QJsonObject { { u"first_name"_s, u"Ngozi"_s },
                                                     { u"last_name"_s, u"Okafor"_s },
                                                     { u"email"_s, user.email },
                                                     { u"role_id"_s, roleId } },
                                       owner.token);
    if (added.status != 201)
        return user;
    user.id = added.json().value(u"id"_s).toInteger();
    const std::optional<Mail> mail = m_server->waitForMail(user.email);
    if (!mail)
        return user;
    const Reply accepted = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                          QJsonObject { { u"token"_s, invitationToken(*mail) },
                                                        { u"password"_s, user.password } });
    user.token = accepted.json().value(u"access_token"_s).toString();
    return user;
}

qint64 TestSponsorship::create(const TestUser &owner, const QJsonObject &body)
{
    const Reply created = m_server->post(u"/api/v1/sponsorships"_s, body, owner.token);
    if (created.status != 201)
        qWarning("create: %d %s", created.status, qPrintable(created.message()));
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
}

qint64 TestSponsorship::simpleProgramme(int slots)
{
    return create(m_sponsor,
                  programme(title(u"Bursary"_s),
                            { level(u"Decision"_s, u"any_of"_s, { m_sponsor.id }) }, slots));
}

qint64 TestSponsorship::apply(const TestUser &talent, qint64 programmeId, const QJsonArray &keys)
{
    QJsonObject body { { u"motivation"_s, u"I build things and want to learn more"_s } };
    if (!keys.isEmpty())
        body.insert(u"document_keys"_s, keys);
    const Reply applied = m_server->post(u"/api/v1/sponsorships/%1/applications"_s.arg(programmeId),
                                         body, talent.token);
    if (applied.status != 201)
        qWarning("apply: %d %s", applied.status, qPrintable(applied.message()));
    return applied.status == 201 ? applied.json().value(u"id"_s).toInteger() : 0;
}

Reply TestSponsorship::act(const TestUser &who, qint64 applicationId, const QString &action,
                           const QString &comment)
{
    QJsonObject body { { u"action"_s, action } };
    if (!comment.isEmpty())
        body.insert(u"comment"_s, comment);
    return m_server->post(u"/api/v1/sponsorship-applications/%1/approvals"_s.arg(applicationId),
                          body, who.token);
}

QJsonArray TestSponsorship::historyOf(qint64 applicationId, const QString &token)
{
    return m_server
            ->get(u"/api/v1/sponsorship-applications/%1/history?limit=100"_s.arg(applicationId),
                  token)
            .json()
            .value(u"data"_s)
            .toArray();
}

QString TestSponsorship::uploadedDocument(const TestUser &owner)
{
    const QString url = m_server->post(u"/api/v1/storage/presign"_s,
                                       QJsonObject { { u"kind"_s, u"document"_s } }, owner.token)
                                .json()
                                .value(u"url"_s)
                                .toString();
    const Reply uploaded = m_server->raw("PUT", pathOf(url), tinyPdf(), "application/pdf");
    return uploaded.status == 201 ? uploaded.json().value(u"key"_s).toString() : QString();
}

QJsonArray TestSponsorship::notificationsOf(const TestUser &user)
{
    return m_server
            ->get(u"/api/v1/notifications?type=sponsorship_application&limit=100"_s, user.token)
            .json()
            .value(u"data"_s)
            .toArray();
}

void TestSponsorship::setDates(qint64 programmeId, const QString &opening, const QString &closing)
{
    // Time passing, as far as the programme is concerned.
    Sql(m_server->context().db(),
        u"UPDATE sponsorships SET opening_date = :opening, closing_date = :closing WHERE id = :id"_s)
            .bind(u":opening"_s, opening)
            .bind(u":closing"_s, closing)
            .bind(u":id"_s, programmeId)
            .exec();
}

QList<Reply> TestSponsorship::together(const QList<Call> &calls)
{
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (const Call &call : calls) {
        QNetworkRequest request(QUrl(m_server->baseUrl() + call.path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + call.token.toLatin1());
        replies.append(
                network.post(request, QJsonDocument(call.body).toJson(QJsonDocument::Compact)));
    }
    QEventLoop loop;
    qsizetype running = replies.size();
    for (QNetworkReply *reply : std::as_const(replies)) {
        connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (running > 0)
        loop.exec();
    QList<Reply> results;
    for (QNetworkReply *reply : std::as_const(replies)) {
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        results.append(result);
        reply->deleteLater();
    }
    return results;
}

// ---- Programmes ----

void TestSponsorship::onlySponsorsCreateProgrammes_data()
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

void TestSponsorship::onlySponsorsCreateProgrammes()
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

void TestSponsorship::createNamesTheInvalidField_data()
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

void TestSponsorship::createNamesTheInvalidField()
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

void TestSponsorship::everyoneListsOpenProgrammesAndOwnersAlsoTheirDrafts()
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

void TestSponsorship::aDraftIsOnlyFoundByItsCompany_data()
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

void TestSponsorship::aDraftIsOnlyFoundByItsCompany()
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

void TestSponsorship::onlyTheOwnerUpdatesAProgramme_data()
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

void TestSponsorship::onlyTheOwnerUpdatesAProgramme()
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

void TestSponsorship::programmeChangesFollowTheRules()
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

void TestSponsorship::deletingNeedsNoApplicationsOrAClosedProgramme()
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

void TestSponsorship::programmeDocumentsAreCheckedUploads_data()
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

void TestSponsorship::programmeDocumentsAreCheckedUploads()
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

// ---- Applications ----

void TestSponsorship::talentAppliesOncePerProgramme()
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

void TestSponsorship::applyingNeedsAnOpenProgramme_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("expected");
    QTest::addRow("open") << u"open"_s << 201;
    QTest::addRow("draft") << u"draft"_s << 404;
    QTest::addRow("closed") << u"closed"_s << 422;
    QTest::addRow("closing date passed") << u"passed"_s << 422;
    QTest::addRow("not open yet") << u"future"_s << 422;
}

void TestSponsorship::applyingNeedsAnOpenProgramme()
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

void TestSponsorship::applyNamesTheInvalidField_data()
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

void TestSponsorship::applyNamesTheInvalidField()
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

void TestSponsorship::applicationIsSeenByApplicantReviewersAndStaff_data()
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

void TestSponsorship::applicationIsSeenByApplicantReviewersAndStaff()
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

void TestSponsorship::reviewersListAProgrammesApplications_data()
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

void TestSponsorship::reviewersListAProgrammesApplications()
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

void TestSponsorship::talentsListTheirOwnApplications_data()
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

void TestSponsorship::talentsListTheirOwnApplications()
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

void TestSponsorship::applicationDocumentsAreCheckedUploads_data()
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

void TestSponsorship::applicationDocumentsAreCheckedUploads()
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

void TestSponsorship::twoLevelWorkflowApprovesInTurnAndNotifies()
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

void TestSponsorship::rejectionEndsTheApplicationWithAReason()
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

void TestSponsorship::approvalsNeverExceedTheSlots()
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

void TestSponsorship::concurrentApprovalsNeitherLoseNorDoubleAdvance()
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

void TestSponsorship::historyCannotBeChanged()
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

void TestSponsorship::applicantWithdrawsOwnerCancelsOrReopens()
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

void TestSponsorship::aDeletedSponsorsProgrammesAreGone()
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

QTEST_MAIN(TestSponsorship)
#include "tst_sponsorship.moc"
