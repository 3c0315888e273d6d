// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QSet>

#include <algorithm>
#include <memory>

namespace wn::test {

/** The token the fake Moodle site takes, and the Moodle side's server sends. */
inline const QString moodleToken = QStringLiteral("moodle-test-token");

/** @brief A Moodle site's REST web services, in the test's thread, with users, courses,
 *  categories, enrolments and completions of its own. */
class FakeMoodle
{
public:
    struct User
    {
        qint64 id;
        QString username;
        QString email;
        QString firstName;
        QString lastName;
    };
    struct Course
    {
        qint64 id;
        qint64 category;
        QString shortname;
        QString fullname;
    };

    FakeMoodle();

    bool isListening() const { return m_port != 0; }
    QString url() const;

    /** Marks @p userId's course @p courseId completed (progress 100). */
    void complete(qint64 userId, qint64 courseId) { m_completed.insert({ userId, courseId }); }
    qsizetype usersWithEmail(const QString &email) const
    {
        return std::count_if(users.begin(), users.end(),
                             [&](const User &user) { return user.email == email; });
    }
    bool enrolled(qint64 userId, qint64 courseId) const
    {
        return m_enrolments.contains({ userId, courseId });
    }

    QList<User> users;
    QList<Course> courses;
    QList<QPair<qint64, QString>> categories;
    /** Every wsfunction called, in order. */
    QStringList calls;
    /** The next call answers this Moodle error code, once. */
    QString failNext;
    /** Role ids enrolments asked for. */
    QList<int> roleIds;

private:
    static QHttpServerResponse error(const QString &exception, const QString &code,
                                     const QString &message);
    QJsonObject courseJson(const Course &course) const;
    const Course *courseById(qint64 id) const;
    QHttpServerResponse answer(const QHttpServerRequest &request);

    QHttpServer m_http;
    quint16 m_port = 0;
    qint64 m_nextUser = 100;
    QSet<QPair<qint64, qint64>> m_enrolments;
    QSet<QPair<qint64, qint64>> m_completed;
};

/** One provider's server, its people and its two courses. */
struct Side
{
    TestServer *server = nullptr;
    TestUser superAdmin;
    TestUser admin;
    qint64 dataCourse = 0;
    qint64 webCourse = 0;
    qint64 dataCategory = 0;
};

/**
 * @brief The LMS suites' two sides: the built-in provider on the staff's server with two courses
 * of its own, and a server whose provider is a Moodle site faked in the test (with the same two).
 */
class LmsFixture : public StaffFixture
{
protected:
    void setUp();
    void tearDown();

    TestUser talentOn(const Side &side, const QString &email = {});

    std::unique_ptr<FakeMoodle> m_fake;
    std::unique_ptr<TestServer> m_moodleServer;
    Side m_builtin;
    Side m_moodle;
    int m_talents = 0;
};

} // namespace wn::test
