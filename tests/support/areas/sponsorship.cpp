// SPDX-License-Identifier: Apache-2.0
#include "areas/sponsorship.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wn::test {

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

QJsonObject programme(const QString &title, const QJsonArray &workflow, int slots)
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

void SponsorshipFixture::setUp()
{
    startServer();
    m_sponsor = castUser(u"sponsor"_s, Role::Sponsor);
    m_otherSponsor = castUser(u"other sponsor"_s, Role::Sponsor);
    m_employer = castUser(u"employer sponsor"_s, Role::Employer);
    // The employer became a sponsor (the companies area's business; here it is a given).
    Sql(m_server->context().db(), u"UPDATE companies SET is_sponsor = TRUE WHERE id = :id"_s)
            .bind(u":id"_s, *m_employer.companyId)
            .exec();
    const qint64 approverRole = addCompanyRole(*m_server, m_employer, u"Sponsorship approver"_s,
                                               { u"sponsorships.approve"_s });
    const qint64 clerkRole = addCompanyRole(*m_server, m_employer, u"Clerk"_s, { u"chat.use"_s });
    QVERIFY(approverRole > 0 && clerkRole > 0);
    m_reviewerA = employee(m_employer, approverRole);
    m_reviewerB = employee(m_employer, approverRole);
    m_clerk = employee(m_employer, clerkRole);
    QVERIFY(!m_reviewerA.token.isEmpty() && !m_reviewerB.token.isEmpty()
            && !m_clerk.token.isEmpty());
    cast(u"reviewer"_s, m_reviewerA);
    cast(u"clerk"_s, m_clerk);
    m_plainEmployer = castUser(u"plain employer"_s, Role::Employer);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_otherTalent = castUser(u"other talent"_s, Role::Talent);
    m_admin = castUser(u"admin"_s, Role::Admin);
}

qint64 SponsorshipFixture::userIdOf(const QString &who) const
{
    // Only those who may be named as approvers, or are refused as such.
    for (const QString &name :
         { u"sponsor"_s, u"other sponsor"_s, u"employer sponsor"_s, u"clerk"_s, u"talent"_s }) {
        if (who == name)
            return userOf(who).id;
    }
    return 0;
}

TestUser SponsorshipFixture::employee(const TestUser &owner, qint64 roleId)
{
    return invitedEmployee(*m_server, owner, roleId, u"staff%1@sponsorship.test"_s.arg(++m_counter));
}

QString SponsorshipFixture::title(const QString &stem)
{
    return u"%1 %2"_s.arg(stem).arg(++m_counter);
}

qint64 SponsorshipFixture::create(const TestUser &owner, const QJsonObject &body)
{
    const Reply created = m_server->post(u"/api/v1/sponsorships"_s, body, owner.token);
    if (created.status != 201)
        qWarning("create: %d %s", created.status, qPrintable(created.message()));
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
}

qint64 SponsorshipFixture::simpleProgramme(int slots)
{
    return create(m_sponsor,
                  programme(title(u"Bursary"_s),
                            { level(u"Decision"_s, u"any_of"_s, { m_sponsor.id }) }, slots));
}

qint64 SponsorshipFixture::apply(const TestUser &talent, qint64 programmeId, const QJsonArray &keys)
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

Reply SponsorshipFixture::act(const TestUser &who, qint64 applicationId, const QString &action,
                              const QString &comment)
{
    QJsonObject body { { u"action"_s, action } };
    if (!comment.isEmpty())
        body.insert(u"comment"_s, comment);
    return m_server->post(u"/api/v1/sponsorship-applications/%1/approvals"_s.arg(applicationId),
                          body, who.token);
}

QJsonArray SponsorshipFixture::historyOf(qint64 applicationId, const QString &token)
{
    return m_server
            ->get(u"/api/v1/sponsorship-applications/%1/history?limit=100"_s.arg(applicationId),
                  token)
            .json()
            .value(u"data"_s)
            .toArray();
}

QString SponsorshipFixture::uploadedDocument(const TestUser &owner)
{
    const QString url = m_server->post(u"/api/v1/storage/presign"_s,
                                       QJsonObject { { u"kind"_s, u"document"_s } }, owner.token)
                                .json()
                                .value(u"url"_s)
                                .toString();
    const Reply uploaded = m_server->raw("PUT", pathOf(url), tinyPdf(), "application/pdf");
    return uploaded.status == 201 ? uploaded.json().value(u"key"_s).toString() : QString();
}

QJsonArray SponsorshipFixture::notificationsOf(const TestUser &user)
{
    return m_server
            ->get(u"/api/v1/notifications?type=sponsorship_application&limit=100"_s, user.token)
            .json()
            .value(u"data"_s)
            .toArray();
}

void SponsorshipFixture::setDates(qint64 programmeId, const QString &opening, const QString &closing)
{
    // Time passing, as far as the programme is concerned.
    Sql(m_server->context().db(),
        u"UPDATE sponsorships SET opening_date = :opening, closing_date = :closing WHERE id = :id"_s)
            .bind(u":opening"_s, opening)
            .bind(u":closing"_s, closing)
            .bind(u":id"_s, programmeId)
            .exec();
}

QList<Reply> SponsorshipFixture::together(const QList<Call> &calls)
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
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
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

} // namespace wn::test
