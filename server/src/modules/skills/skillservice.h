// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;
struct Principal;

/**
 * @brief The skills catalogue talents pick from: searchable by anyone, edited by admins, seeded
 * from resources/reference/skills.json. A skill that talents hold is deactivated, not deleted.
 */
class SkillService
{
public:
    explicit SkillService(ServerContext &context);

    /** Active skills for everyone; @p viewer (may be null) must be staff to list inactive ones. */
    QJsonObject list(const Principal *viewer, const QJsonObject &query, int page, int limit);
    QJsonObject byId(qint64 id);
    QJsonObject categories();
    QJsonObject add(const QJsonObject &input);
    QJsonObject update(qint64 id, const QJsonObject &input);
    /** Deletes an unused skill; one that talents hold is deactivated instead. */
    QJsonObject remove(qint64 id);

    /** Loads the shipped list (once per content digest; never undoes an admin's edits). */
    void seed();

private:
    void requireFreeName(QSqlDatabase db, const QString &name, qint64 exceptId);

    ServerContext &m_context;
};

} // namespace wn
