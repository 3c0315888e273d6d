// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lmsprovider.h"

#include <QJsonValue>
#include <QList>
#include <QPair>

namespace wn {

/**
 * @brief A Moodle site through its REST web services: each call is a form POST to
 * <url>/webservice/rest/server.php with wstoken, wsfunction and moodlewsrestformat=json, arrays
 * as users[0][email]=... . Moodle answers an error as an object {exception, errorcode, message}
 * with HTTP 200; call() turns it into an ApiError (404 for a record Moodle does not have, 400
 * for a parameter it refuses, 502 for a token or service it refuses and anything else), and a
 * site that does not answer within the timeout into a 502.
 */
class MoodleLmsProvider : public LmsProvider
{
public:
    struct Settings
    {
        QString url;
        QString token;
        int studentRoleId = 5;
        int timeoutSeconds = 15;
    };
    using Params = QList<QPair<QString, QString>>;

    explicit MoodleLmsProvider(Settings settings);
    QString name() const override { return QStringLiteral("moodle"); }
    QJsonArray categories() override;
    QJsonArray courses() override;
    std::optional<QJsonObject> course(qint64 id) override;
    std::optional<qint64> findUser(const QString &email) override;
    qint64 createUser(const LmsPerson &person) override;
    bool enrol(qint64 userId, qint64 courseId) override;
    QJsonArray userCourses(qint64 userId) override;
    LmsCompletion completion(qint64 userId, qint64 courseId) override;
    QJsonObject siteInfo() override;

    /** Calls @p function with @p params; its decoded answer (null for functions that answer
     *  nothing). Throws ApiError as the class says. */
    QJsonValue call(const QString &function, const Params &params = {});

private:
    Settings m_settings;
};

} // namespace wn
