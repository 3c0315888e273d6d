// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace wn {

struct ServerContext;

/** @brief Who an LMS user is made for. */
struct LmsPerson
{
    QString email;
    QString firstName;
    QString lastName;
    QString username;
};

/** @brief Where a learner stands in one course. */
struct LmsCompletion
{
    bool enrolled = false;
    int progress = 0; ///< percent, 0 to 100
    bool completed = false;
    QString completedAt; ///< ISO time; empty unless completed
};

/**
 * @brief A learning management system as Worknation uses it: its catalogue, its users, enrolment
 * and completion. Chosen by lms/provider: the built-in one or a Moodle site.
 *
 * Every object it answers has the same keys whichever provider: a course {id, category_id,
 * shortname, fullname, summary, visible}, a category {id, name, description, parent_id,
 * course_count}, a user's course a course with {progress, completed}. Users and courses are
 * named by the provider's own ids. A provider that cannot answer throws ApiError (502 for a
 * site that is down or refuses Worknation, 4xx for what it says is wrong with the request).
 */
class LmsProvider
{
public:
    virtual ~LmsProvider() = default;
    virtual QString name() const = 0;

    virtual QJsonArray categories() = 0;
    /** Every course a talent may be shown (the site's front page excluded). */
    virtual QJsonArray courses() = 0;
    virtual std::optional<QJsonObject> course(qint64 id) = 0;

    /** The LMS user with @p email, if there is one. */
    virtual std::optional<qint64> findUser(const QString &email) = 0;
    /** Makes the LMS user for @p person; its id. Call findUser first: this does not. */
    virtual qint64 createUser(const LmsPerson &person) = 0;

    /** Enrols @p userId in @p courseId as a student; false when they were enrolled already (and
     *  nothing was changed). */
    virtual bool enrol(qint64 userId, qint64 courseId) = 0;
    /** The courses @p userId is enrolled in, with progress and completion. */
    virtual QJsonArray userCourses(qint64 userId) = 0;
    virtual LmsCompletion completion(qint64 userId, qint64 courseId) = 0;

    /** What the provider says about itself (for the console): name, version, functions. */
    virtual QJsonObject siteInfo() = 0;
};

/**
 * @brief The built-in LMS: categories, courses, enrolments and progress kept in this database
 * (lms_categories, lms_courses, lms_enrolments). Its users are Worknation's accounts: an LMS
 * user id is the account's id.
 */
class BuiltinLmsProvider : public LmsProvider
{
public:
    explicit BuiltinLmsProvider(ServerContext &context);
    QString name() const override { return QStringLiteral("builtin"); }
    QJsonArray categories() override;
    QJsonArray courses() override;
    std::optional<QJsonObject> course(qint64 id) override;
    std::optional<qint64> findUser(const QString &email) override;
    qint64 createUser(const LmsPerson &person) override;
    bool enrol(qint64 userId, qint64 courseId) override;
    QJsonArray userCourses(qint64 userId) override;
    LmsCompletion completion(qint64 userId, qint64 courseId) override;
    QJsonObject siteInfo() override;

private:
    ServerContext &m_context;
};

/** The provider lms/provider names. */
std::unique_ptr<LmsProvider> makeLmsProvider(ServerContext &context);

} // namespace wn
