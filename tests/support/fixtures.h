// SPDX-License-Identifier: Apache-2.0
// What the server suites share beyond the server itself: the accounts a suite acts as, reached by
// the names its data rows give them, the set-up most areas need (a company's staff holding chosen
// permissions, a published job, a talent's sign-up), and small files and readers of answers.
#pragma once

#include "testserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace wn::test {

// ---- Reading answers ----

/** @p text percent-encoded, to go into a query string. */
QString percent(const QString &text);
/** The path (encoded) of a URL the server handed out, to call it on the test's server. */
QString pathOf(const QString &url);
/** The @p key of every object in the array @p items, as text (numbers in decimal). */
QStringList valuesOf(const QJsonValue &items, const QString &key);
/** The same values as a set, for lists whose order does not matter. */
QSet<QString> valueSet(const QJsonValue &items, const QString &key);
/** The first object of @p items whose @p key holds @p value; empty if there is none. */
QJsonObject findBy(const QJsonArray &items, const QString &key, const QJsonValue &value);
/** Whether a validation error names @p field: one of its messages starts with "<field> ". */
bool namesMessage(const Reply &reply, const QString &field);
/** Every seed name (x-seed) the server's OpenAPI document gives its operations. */
QStringList seedsServed(TestServer &server);

// ---- Small files of each kind the server accepts ----

/** The smallest valid PNG: one transparent pixel. */
QByteArray tinyPng();
/** A PDF with a catalogue and nothing else. */
QByteArray tinyPdf();
/** The start of an MP4 file: an ftyp box (brand isom) and an empty mdat box. */
QByteArray tinyMp4();
/** An EBML header whose doctype is webm. */
QByteArray tinyWebm();
/** A QuickTime movie: an ftyp box with brand "qt  ". */
QByteArray tinyMov();

// ---- Set-up through the API ----

/** The password talentSignUp() chooses. */
inline const QString signUpPassword = QStringLiteral("Sign-up-Passw0rd");
/** What a talent in Nigeria sends to sign up (in Lagos, choosing signUpPassword). */
QJsonObject talentSignUp(const QString &email, const QString &firstName = QStringLiteral("Ada"),
                         const QString &lastName = QStringLiteral("Obi"));
/** A role of @p owner's company granting @p permissions; its id, or 0 if it was refused. */
qint64 addCompanyRole(TestServer &server, const TestUser &owner, const QString &name,
                      const QStringList &permissions);
/**
 * Invites @p email to @p owner's company in the role @p roleId, and accepts the invitation as
 * the mail says: the employee, logged in. Without a token if a step failed.
 */
TestUser invitedEmployee(TestServer &server, const TestUser &owner, qint64 roleId,
                         const QString &email);
/** A yes/no screening question of @p employer's company; its id (0 if refused). */
qint64 addYesNoQuestion(TestServer &server, const TestUser &employer, const QString &question);
/** A job's "questions" asking the question @p questionId, an answer required. */
QJsonArray requiring(qint64 questionId);
/** A job of @p employer's company, published at once; its id (0 if refused). */
qint64 publishJob(TestServer &server, const TestUser &employer, const QString &title,
                  const QJsonObject &extra = {});

/**
 * @brief What the tests of one file share: one server, started in initTestCase, and the accounts
 * the tests act as, under the names the data rows give them ("owner", "admin", ...).
 *
 * A test class derives from QObject and this (or an area's fixture built on it).
 */
class Fixture
{
public:
    Fixture();
    virtual ~Fixture();
    Q_DISABLE_COPY_MOVE(Fixture)

protected:
    /** Starts the server the file's tests share, with @p settings as TestServer takes them. */
    void startServer(const QHash<QString, QString> &settings = {});
    /** Makes an account of @p role on that server, known by @p name from now on. */
    TestUser castUser(const QString &name, Role role);
    /** Knows @p user (an account made some other way) by @p name from now on. */
    void cast(const QString &name, const TestUser &user);
    /** The token of the account called @p name; empty, as an anonymous caller's, for others. */
    QString tokenOf(const QString &name) const;
    /** The account called @p name; an empty one for any other name. */
    TestUser userOf(const QString &name) const;
    /** A staff member of @p owner's company whose role grants exactly @p permissions. */
    TestUser staffMember(const TestUser &owner, const QStringList &permissions,
                         const QString &email);

    std::unique_ptr<TestServer> m_server;

private:
    QHash<QString, TestUser> m_cast;
    int m_roles = 0;
};

/**
 * @brief A Fixture acting as one account of each staff role, a talent and an employer, called
 * "super_admin" (or as the suite's data rows call a super admin), "admin", "support", "talent"
 * and "employer".
 */
class StaffFixture : public Fixture
{
protected:
    /** Starts the server the file's tests share, and makes those accounts on it. */
    void startWithStaff(const QString &superAdminName = QStringLiteral("super_admin"));

    TestUser m_superAdmin;
    TestUser m_admin;
    TestUser m_support;
    TestUser m_talent;
    TestUser m_employer;
};

} // namespace wn::test
