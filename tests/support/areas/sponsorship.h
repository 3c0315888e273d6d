// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QJsonArray>
#include <QList>

namespace wn::test {

/** The date @p fromToday days from today (UTC), as the API writes dates. */
QString day(int fromToday);
/** One level of an approval workflow. */
QJsonObject level(const QString &name, const QString &mode, const QList<qint64> &approvers);
/** A programme a sponsor would create: open now, closing in a month. */
QJsonObject programme(const QString &title, const QJsonArray &workflow, int slots = 5);

/**
 * @brief The sponsorship suites' sponsors: a sponsor organisation, another one, an employer that
 * became a sponsor with two approvers and a clerk on its staff, an employer that does not sponsor,
 * two talents and an admin.
 */
class SponsorshipFixture : public Fixture
{
protected:
    struct Call
    {
        QString token;
        QString path;
        QJsonObject body;
    };

    void setUp();

    qint64 userIdOf(const QString &who) const;
    /** An accepted employee of @p owner's company holding the company role @p roleId. */
    TestUser employee(const TestUser &owner, qint64 roleId);
    QString title(const QString &stem);
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
    /** Sends every call at once; their answers, in the order of @p calls. */
    QList<Reply> together(const QList<Call> &calls);

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

} // namespace wn::test
