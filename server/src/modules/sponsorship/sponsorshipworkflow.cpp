// SPDX-License-Identifier: Apache-2.0
// A programme's approval workflow: its ordered levels and who approves at each.
#include "sponsorshipservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** True if @p userId may be listed as an approver: the company's owner, or its staff member
 * holding sponsorships.approve, not suspended. */
bool mayApprove(QSqlDatabase db, qint64 companyId, qint64 userId)
{
    const std::optional<SqlRow> user
            = Sql(db,
                  u"SELECT role FROM users WHERE id = :id AND company_id = :company "
                  "AND deleted_at IS NULL AND status <> 'suspended'"_s)
                      .bind(u":id"_s, userId)
                      .bind(u":company"_s, companyId)
                      .one();
    if (!user)
        return false;
    const std::optional<Role> role = roleFromName(user->text(u"role"_s));
    if (!role)
        return false;
    Principal candidate;
    candidate.userId = userId;
    candidate.role = *role;
    candidate.companyId = companyId;
    // About the approver named in the workflow, not the caller: no endpoint can declare it.
    return companyRoleAllows(db, candidate, u"sponsorships.approve"_s);
}

} // namespace

int SponsorshipLevel::required() const
{
    return mode == u"all_of"_s ? int(approverIds.size()) : 1;
}

QList<SponsorshipLevel> SponsorshipService::parseWorkflow(QSqlDatabase db, qint64 companyId,
                                                          const QJsonArray &items)
{
    QStringList errors;
    if (items.isEmpty())
        errors.append(u"workflow should not be empty"_s);
    QList<SponsorshipLevel> levels;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        SponsorshipLevel level;
        level.number = int(i + 1);
        level.name = item.value(u"name"_s).toString();
        level.mode = item.value(u"mode"_s).toString();
        const QString field = u"workflow[%1].approvers"_s.arg(i);
        const QJsonArray approvers = item.value(u"approvers"_s).toArray();
        if (approvers.isEmpty())
            errors.append(field + u" should not be empty"_s);
        for (qsizetype j = 0; j < approvers.size(); ++j) {
            const qint64 userId = approvers.at(j).toInteger();
            if (level.approverIds.contains(userId)) {
                errors.append(
                        u"%1[%2] must not repeat an approver of the level"_s.arg(field).arg(j));
                continue;
            }
            if (!mayApprove(db, companyId, userId)) {
                errors.append(
                        u"%1[%2] must be your company's owner or a staff member allowed to approve sponsorships (sponsorships.approve)"_s
                                .arg(field)
                                .arg(j));
            }
            level.approverIds.append(userId);
        }
        levels.append(level);
    }
    if (!errors.isEmpty())
        throw ApiError::badRequest(errors);
    return levels;
}

void SponsorshipService::saveWorkflow(QSqlDatabase db, qint64 sponsorshipId,
                                      const QList<SponsorshipLevel> &levels)
{
    Sql(db,
        u"DELETE FROM sponsorship_level_approvers WHERE level_id IN "
        "(SELECT id FROM sponsorship_levels WHERE sponsorship_id = :id)"_s)
            .bind(u":id"_s, sponsorshipId)
            .exec();
    Sql(db, u"DELETE FROM sponsorship_levels WHERE sponsorship_id = :id"_s)
            .bind(u":id"_s, sponsorshipId)
            .exec();
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const qint64 levelId = insertRowReturningId(db, u"sponsorship_levels"_s,
                                                    { { u"sponsorship_id"_s, sponsorshipId },
                                                      { u"level_number"_s, int(i + 1) },
                                                      { u"name"_s, levels.at(i).name },
                                                      { u"mode"_s, levels.at(i).mode } });
        for (qint64 userId : levels.at(i).approverIds) {
            insertRow(db, u"sponsorship_level_approvers"_s,
                      { { u"level_id"_s, levelId }, { u"user_id"_s, userId } });
        }
    }
}

QList<SponsorshipLevel> SponsorshipService::workflowOf(QSqlDatabase db, qint64 sponsorshipId)
{
    QList<SponsorshipLevel> levels;
    {
        Sql q(db,
              u"SELECT id, level_number, name, mode FROM sponsorship_levels "
              "WHERE sponsorship_id = :id ORDER BY level_number"_s);
        q.bind(u":id"_s, sponsorshipId).exec();
        while (q.next()) {
            SponsorshipLevel level;
            level.id = q.id(u"id"_s);
            level.number = q.integer(u"level_number"_s);
            level.name = q.text(u"name"_s);
            level.mode = q.text(u"mode"_s);
            levels.append(level);
        }
    }
    Sql approvers(
            db,
            u"SELECT a.level_id, u.id, u.first_name, u.last_name "
            "FROM sponsorship_level_approvers a JOIN sponsorship_levels l ON l.id = a.level_id "
            "JOIN users u ON u.id = a.user_id WHERE l.sponsorship_id = :id ORDER BY u.id"_s);
    approvers.bind(u":id"_s, sponsorshipId).exec();
    while (approvers.next()) {
        const qint64 levelId = approvers.id(u"level_id"_s);
        for (SponsorshipLevel &level : levels) {
            if (level.id != levelId)
                continue;
            level.approverIds.append(approvers.id(u"id"_s));
            level.approvers.append(
                    QJsonObject { { u"id"_s, approvers.id(u"id"_s) },
                                  { u"first_name"_s, approvers.text(u"first_name"_s) },
                                  { u"last_name"_s, approvers.text(u"last_name"_s) } });
        }
    }
    return levels;
}

} // namespace wn
