// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/http/response.h"
#include "core/sqlpage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;
struct Principal;

/**
 * @brief Attendance at a cohort's sessions, taken by QR code. Whoever runs the session (an admin,
 * or an instructor of the cohort) shows a code carrying a token signed with the server's secret
 * that changes every 30 seconds; a talent of the cohort scans it to check in and, later, out.
 * A token is fresh during its window and the one after it, so a picture sent to someone absent
 * is soon useless; it names its session, so it does not work for another.
 */
class AttendanceService
{
public:
    explicit AttendanceService(ServerContext &context);

    QJsonObject createSession(const Principal &by, qint64 cohortId, const QJsonObject &input);
    QJsonObject sessions(const Principal &viewer, qint64 cohortId, int page, int limit);
    /** The session's current token, as JSON (with the check-in address), or a PNG or an SVG
     *  picture of its QR code, which carries the web portal's check-in address for the token. */
    Response code(const Principal &by, qint64 sessionId, const QString &format);
    /** Checks the talent in or out with the token of a session's code. */
    QJsonObject check(const Principal &talent, const QString &token, const QString &action);
    /** Records filtered by cohort, session, talent and day: every cohort's for admins, their
     *  cohorts' for instructors. */
    QJsonObject records(const Principal &viewer, const QJsonObject &query, int page, int limit);
    Response recordsCsv(const Principal &viewer, const QJsonObject &query);
    /** The talent's own check-ins, newest first. */
    QJsonObject myLog(const Principal &talent, int page, int limit);

    // ---- Offline check-in stations ----
    /** The session's offline code: a pass (stationpass) for the whole session, signed with the
     *  server's Ed25519 key, as JSON or as a PNG or SVG QR code of the pass. */
    Response offlineCode(const Principal &by, qint64 sessionId, const QString &format);
    /** The public key a station verifies offline codes with. */
    QJsonObject stationKey() const;
    /** Check-ins and check-outs a station recorded offline, applied row by row with the rules
     *  of a check by code; each row is answered accepted or refused with its reason. A row sent
     *  again (the same talent, session, action and time) is accepted without a second record. */
    QJsonObject applyStationUpload(const Principal &by, const QJsonArray &rows);

private:
    SqlFilter recordFilter(const Principal &viewer, const QJsonObject &query);
    QJsonObject recordJson(QSqlDatabase db, qint64 id);

    ServerContext &m_context;
};

} // namespace wn
