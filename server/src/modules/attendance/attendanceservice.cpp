// SPDX-License-Identifier: Apache-2.0
#include "attendanceservice.h"

#include "attendancetoken.h"
#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/csv.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/cohorts/cohortservice.h"
#include "qrcode.h"
#include "stationpass.h"

#include <wn/common/apierror.h>

#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <variant>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The web portal's page that checks a talent in with the code in its address. */
const QString checkInPath = u"/check-in"_s;

constexpr int csvRowLimit = 50000;

bool isAdmin(const Principal &who)
{
    return who.role == Role::Admin || who.role == Role::SuperAdmin;
}

QString storedTime(const QString &text)
{
    return timeText(QDateTime::fromString(text, Qt::ISODate).toUTC());
}

QString sessionColumns()
{
    return u"s.id, s.cohort_id, s.title, s.starts_at, s.ends_at, s.created_at, "
           u"(SELECT COUNT(*) FROM attendance_records r WHERE r.session_id = s.id) AS present"_s;
}

QJsonObject readSession(const Sql &q)
{
    return jsonOf(q,
                  { .ids = { u"id"_s, u"cohort_id"_s, u"present"_s },
                    .texts = { u"title"_s, u"starts_at"_s, u"ends_at"_s, u"created_at"_s } });
}

/** Session @p id's cohort and times, as the checks against it need them; 404 when there is none. */
SqlRow sessionTimes(QSqlDatabase db, qint64 id)
{
    return Sql(db, u"SELECT cohort_id, starts_at, ends_at FROM attendance_sessions WHERE id = :id"_s)
            .bind(u":id"_s, id)
            .found(u"Session not found"_s);
}

/** Session @p id, for @p by to show its check-in code: one of a cohort they run, not ended. */
SqlRow sessionTakingCheckIns(QSqlDatabase db, const Principal &by, qint64 id)
{
    const SqlRow session = sessionTimes(db, id);
    CohortService::checkRuns(db, by, session.id(u"cohort_id"_s));
    if (session.text(u"ends_at"_s) < nowText())
        throw ApiError::unprocessable(u"The session has ended: it takes no more check-ins"_s);
    return session;
}

/** A check-in code @p text as @p format asks for it: a QR code drawn as a PNG or an SVG, else
 *  @p json, which tells it in words. */
Response codeAnswer(const QString &text, const QString &format, const QJsonObject &json)
{
    if (format == u"png"_s)
        return Response::bytes(qrcode::png(text), "image/png");
    if (format == u"svg"_s)
        return Response::bytes(qrcode::svg(text), "image/svg+xml");
    return json;
}

QString recordColumns()
{
    return u"r.id, r.checked_in_at, r.checked_out_at, s.id AS session_id, "
           u"s.title AS session_title, s.starts_at AS session_starts_at, "
           u"s.ends_at AS session_ends_at, h.id AS cohort_id, h.name AS cohort_name, "_s
            + AccountService::summaryColumns(u"u"_s, u"talent_"_s);
}

QString recordFrom()
{
    return u"attendance_records r JOIN attendance_sessions s ON s.id = r.session_id "
           u"JOIN cohorts h ON h.id = s.cohort_id JOIN users u ON u.id = r.talent_id"_s;
}

QJsonObject readRecord(const Sql &q, const Storage &storage)
{
    QJsonObject record = jsonOf(q,
                                { .ids = { u"id"_s },
                                  .texts = { u"checked_in_at"_s },
                                  .optionalTexts = { u"checked_out_at"_s } });
    record.insert(u"session"_s,
                  jsonOf(q,
                         { .ids = { u"id"_s },
                           .texts = { u"title"_s, u"starts_at"_s, u"ends_at"_s },
                           .prefix = u"session_"_s }));
    record.insert(u"cohort"_s,
                  jsonOf(q, { .ids = { u"id"_s }, .texts = { u"name"_s }, .prefix = u"cohort_"_s }));
    record.insert(u"talent"_s, AccountService::readSummary(q, storage, u"talent_"_s).toJson());
    return record;
}

/** Why a talent cannot be marked in or out; each caller words it for its own reader. */
struct MarkRefusal
{
    enum Kind { AlreadyCheckedIn, AlreadyCheckedOut, NotCheckedIn, OutBeforeIn };
    Kind kind;
    /** The record already holds this very mark at this very time: the same one sent again. */
    bool sameMark = false;
    qint64 recordId = 0;
};

/** The rules of a check-in or a check-out at @p at, the same whether the talent scanned the
 *  session's code or a station recorded it offline: the record's id, or why not. */
std::variant<qint64, MarkRefusal> mark(QSqlDatabase db, qint64 sessionId, qint64 talentId,
                                       bool checkingIn, const QString &at)
{
    const std::optional<SqlRow> record
            = Sql(db,
                  u"SELECT id, checked_in_at, checked_out_at FROM attendance_records "
                  u"WHERE session_id = :session AND talent_id = :talent"_s)
                      .bind(u":session"_s, sessionId)
                      .bind(u":talent"_s, talentId)
                      .one();
    if (checkingIn) {
        if (record)
            return MarkRefusal { MarkRefusal::AlreadyCheckedIn,
                                 record->text(u"checked_in_at"_s) == at, record->id(u"id"_s) };
        // The unique (session, talent) pair refuses a second check-in made at the same time.
        const std::optional<qint64> inserted
                = insertRowIfNew(db, u"attendance_records"_s,
                                 { { u"session_id"_s, sessionId },
                                   { u"talent_id"_s, talentId },
                                   { u"checked_in_at"_s, at } },
                                 u"ON CONFLICT (session_id, talent_id) DO NOTHING"_s);
        if (!inserted)
            return MarkRefusal { MarkRefusal::AlreadyCheckedIn };
        return *inserted;
    }
    if (!record)
        return MarkRefusal { MarkRefusal::NotCheckedIn };
    const qint64 id = record->id(u"id"_s);
    if (!record->isNull(u"checked_out_at"_s))
        return MarkRefusal { MarkRefusal::AlreadyCheckedOut,
                             record->text(u"checked_out_at"_s) == at, id };
    if (at < record->text(u"checked_in_at"_s))
        return MarkRefusal { MarkRefusal::OutBeforeIn };
    // The guard refuses a second check-out made at the same time.
    Sql update(db,
               u"UPDATE attendance_records SET checked_out_at = :at "
               u"WHERE id = :id AND checked_out_at IS NULL"_s);
    if (update.bind(u":at"_s, at).bind(u":id"_s, id).exec().rowsAffected() == 0)
        return MarkRefusal { MarkRefusal::AlreadyCheckedOut };
    return id;
}

} // namespace

AttendanceService::AttendanceService(ServerContext &context)
    : m_context(context)
{ }

QJsonObject AttendanceService::createSession(const Principal &by, qint64 cohortId,
                                             const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    CohortService::checkRuns(db, by, cohortId);
    const QString starts = storedTime(input.value(u"starts_at"_s).toString());
    const QString ends = storedTime(input.value(u"ends_at"_s).toString());
    if (ends <= starts)
        throw ApiError::badRequest(QStringList { u"ends_at must be after the start"_s });
    const qint64 id = insertRowReturningId(db, u"attendance_sessions"_s,
                                           { { u"cohort_id"_s, cohortId },
                                             { u"title"_s, input.value(u"title"_s).toString() },
                                             { u"starts_at"_s, starts },
                                             { u"ends_at"_s, ends },
                                             { u"created_by"_s, by.userId },
                                             { u"created_at"_s, nowText() } });
    Sql q(db, u"SELECT "_s + sessionColumns() + u" FROM attendance_sessions s WHERE s.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    q.next();
    return readSession(q);
}

QJsonObject AttendanceService::sessions(const Principal &viewer, qint64 cohortId, int pageNumber,
                                        int limit)
{
    QSqlDatabase db = m_context.db();
    if (!(viewer.role == Role::Talent && CohortService::exists(db, cohortId)
          && CohortService::belongs(db, viewer.userId, cohortId)))
        CohortService::checkRuns(db, viewer, cohortId);
    SqlFilter filter;
    filter.add(u"s.cohort_id = :cohort"_s, u":cohort"_s, cohortId);
    return selectPage(db, sessionColumns(), u"attendance_sessions s"_s, filter,
                      u"s.starts_at DESC, s.id DESC"_s, pageNumber, limit,
                      [](Sql &q) { return readSession(q); });
}

Response AttendanceService::code(const Principal &by, qint64 sessionId, const QString &format)
{
    sessionTakingCheckIns(m_context.db(), by, sessionId);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 window = attendancetoken::windowAt(now);
    const QString token = attendancetoken::issue(m_context.keys->attendance, sessionId, window);
    // The picture carries the web portal's check-in address, so a phone's own camera opens it;
    // the check takes that address as well as the bare token.
    const QString url = m_context.config.publicUrl() + checkInPath + u"?code="_s + token;
    const qint64 nextRotation = (window + 1) * attendancetoken::rotationSeconds;
    Response response = codeAnswer(
            url, format,
            { { u"session_id"_s, sessionId },
              { u"token"_s, token },
              { u"url"_s, url },
              { u"rotates_at"_s, timeText(QDateTime::fromSecsSinceEpoch(nextRotation, Qt::UTC)) },
              { u"refresh_in_seconds"_s, nextRotation - now },
              // Scanned in its window or the next one: never more than a minute.
              { u"valid_until"_s,
                timeText(QDateTime::fromSecsSinceEpoch(
                        nextRotation + attendancetoken::rotationSeconds, Qt::UTC)) } });
    // A picture of the code must never be kept past its window by a cache.
    response.header("Cache-Control", "no-store");
    response.header("X-Refresh-In", QByteArray::number(nextRotation - now));
    return response;
}

QJsonObject AttendanceService::check(const Principal &talent, const QString &scanned,
                                     const QString &action)
{
    // What a scanner read: the bare token, or the check-in address the picture carries.
    QString token = scanned;
    if (const QUrl url(scanned);
        url.isValid() && !url.scheme().isEmpty() && url.path().endsWith(checkInPath))
        token = QUrlQuery(url).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const std::optional<attendancetoken::Claim> claim
            = attendancetoken::verify(m_context.keys->attendance, token);
    if (!claim)
        throw ApiError::badRequest(QStringList { u"token is not a code this server made"_s });
    const qint64 current = attendancetoken::windowAt(QDateTime::currentSecsSinceEpoch());
    if (claim->window < current - 1 || claim->window > current)
        throw ApiError::unprocessable(
                u"The code has expired: scan the one shown now (it changes every 30 seconds)"_s);
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const SqlRow session = sessionTimes(db, claim->sessionId);
    if (!CohortService::belongs(db, talent.userId, session.id(u"cohort_id"_s)))
        throw ApiError::forbidden(u"This session is for another cohort than yours"_s);
    const QString now = nowText();
    if (action == u"check_in"_s && session.text(u"ends_at"_s) < now)
        throw ApiError::unprocessable(u"The session has ended"_s);
    const std::variant<qint64, MarkRefusal> outcome
            = mark(db, claim->sessionId, talent.userId, action == u"check_in"_s, now);
    if (const auto *refusal = std::get_if<MarkRefusal>(&outcome)) {
        // The talent reads these on their own phone; the same mark made twice is refused.
        switch (refusal->kind) {
        case MarkRefusal::AlreadyCheckedIn:
            throw ApiError::conflict(u"You have already checked in to this session"_s);
        case MarkRefusal::AlreadyCheckedOut:
            throw ApiError::conflict(u"You have already checked out of this session"_s);
        case MarkRefusal::NotCheckedIn:
            throw ApiError::unprocessable(u"Check in to this session before checking out"_s);
        case MarkRefusal::OutBeforeIn:
            throw ApiError::unprocessable(u"The check-out is before the check-in"_s);
        }
    }
    const qint64 id = std::get<qint64>(outcome);
    tx.commit();
    return recordJson(db, id);
}

QJsonObject AttendanceService::recordJson(QSqlDatabase db, qint64 id)
{
    return selectOne(
            db, recordColumns(), recordFrom(), SqlFilter::of(u"r.id = :id"_s, u":id"_s, id),
            [this](Sql &q) { return readRecord(q, *m_context.storage); }, u"Record not found"_s);
}

SqlFilter AttendanceService::recordFilter(const Principal &viewer, const QJsonObject &query)
{
    SqlFilter filter;
    if (!isAdmin(viewer))
        filter.add(u"EXISTS (SELECT 1 FROM cohort_instructors fi WHERE fi.cohort_id = s.cohort_id "
                   u"AND fi.instructor_id = :me)"_s,
                   u":me"_s, viewer.userId);
    filter.addEqual(query, u"cohort_id"_s, u"s.cohort_id"_s);
    filter.addEqual(query, u"session_id"_s, u"r.session_id"_s);
    filter.addEqual(query, u"talent_id"_s, u"r.talent_id"_s);
    if (query.contains(u"date"_s)) {
        const QDate day = QDate::fromString(query.value(u"date"_s).toString(), Qt::ISODate);
        filter.add(u"r.checked_in_at >= :day"_s, u":day"_s, day.toString(Qt::ISODate));
        filter.add(u"r.checked_in_at < :next"_s, u":next"_s, day.addDays(1).toString(Qt::ISODate));
    }
    return filter;
}

QJsonObject AttendanceService::records(const Principal &viewer, const QJsonObject &query,
                                       int pageNumber, int limit)
{
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(), recordColumns(), recordFrom(), recordFilter(viewer, query),
                      u"r.checked_in_at DESC, r.id DESC"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readRecord(q, storage); });
}

Response AttendanceService::recordsCsv(const Principal &viewer, const QJsonObject &query)
{
    const SqlFilter filter = recordFilter(viewer, query);
    Sql q(m_context.db(),
          u"SELECT "_s + recordColumns() + u" FROM "_s + recordFrom() + filter.where()
                  + u" ORDER BY s.starts_at, s.id, u.last_name, u.first_name, r.id LIMIT %1"_s.arg(
                          csvRowLimit + 1));
    filter.bindTo(q);
    q.exec();
    QList<QStringList> rows;
    while (q.next()) {
        // A file cut short would pass for the whole record: say so instead.
        if (rows.size() == csvRowLimit)
            throw ApiError::unprocessable(
                    u"The export would hold more than %1 records: narrow it by cohort, session, "
                    u"talent or date"_s.arg(csvRowLimit));
        rows.append({ q.text(u"cohort_name"_s), q.text(u"session_title"_s),
                      q.text(u"session_starts_at"_s), q.text(u"talent_first_name"_s),
                      q.text(u"talent_last_name"_s), q.text(u"talent_email"_s),
                      q.text(u"checked_in_at"_s), q.text(u"checked_out_at"_s) });
    }
    return csvDownload(u"attendance.csv"_s,
                       { u"cohort"_s, u"session"_s, u"session_starts_at"_s, u"first_name"_s,
                         u"last_name"_s, u"email"_s, u"checked_in_at"_s, u"checked_out_at"_s },
                       rows);
}

QJsonObject AttendanceService::myLog(const Principal &talent, int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"r.talent_id = :me"_s, u":me"_s, talent.userId);
    const Storage &storage = *m_context.storage;
    return selectPage(m_context.db(), recordColumns(), recordFrom(), filter,
                      u"r.checked_in_at DESC, r.id DESC"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readRecord(q, storage); });
}

// ---- Offline check-in stations ----

namespace {

/** Talents arriving early are let in this long before the session starts. */
constexpr qint64 earlyArrivalSeconds = 15 * 60;
/** A station's clock may run this far ahead of the server's. */
constexpr qint64 clockSkewSeconds = 5 * 60;

qint64 epochOf(const QString &storedTime)
{
    return QDateTime::fromString(storedTime, Qt::ISODate).toSecsSinceEpoch();
}

QString isoOf(qint64 secondsSinceEpoch)
{
    return timeText(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC));
}

/** Why a station's row is refused: the reason a person at the desk reads. */
struct Refusal
{
    QString reason;
};

/** A mark refused at a station, worded about the talent at the desk. */
QString stationReason(MarkRefusal::Kind kind)
{
    switch (kind) {
    case MarkRefusal::AlreadyCheckedIn:
        return u"The talent has already checked in to this session"_s;
    case MarkRefusal::AlreadyCheckedOut:
        return u"The talent has already checked out of this session"_s;
    case MarkRefusal::NotCheckedIn:
        return u"Check in to this session before checking out"_s;
    case MarkRefusal::OutBeforeIn:
        break;
    }
    return u"The check-out is before the check-in"_s;
}

} // namespace

Response AttendanceService::offlineCode(const Principal &by, qint64 sessionId, const QString &format)
{
    const SqlRow session = sessionTakingCheckIns(m_context.db(), by, sessionId);
    const stationpass::Pass pass { sessionId,
                                   epochOf(session.text(u"starts_at"_s)) - earlyArrivalSeconds,
                                   epochOf(session.text(u"ends_at"_s)) };
    const QString text = stationpass::issue(m_context.keys->stationSecret, pass);
    return codeAnswer(text, format,
                      { { u"session_id"_s, sessionId },
                        { u"payload"_s, text },
                        { u"valid_from"_s, isoOf(pass.from) },
                        { u"valid_until"_s, isoOf(pass.until) } });
}

QJsonObject AttendanceService::stationKey() const
{
    return {
        { u"algorithm"_s, u"Ed25519"_s },
        { u"public_key"_s, QString::fromLatin1(m_context.keys->stationPublic.toBase64()) },
        { u"payload_format"_s,
          u"wnatt1.<session id>.<valid from>.<valid until>.<signature>: times in seconds since "
          u"1970 (UTC), the signature (base64url, 64 bytes) over the text before its last dot"_s },
    };
}

QJsonObject AttendanceService::applyStationUpload(const Principal &by, const QJsonArray &rows)
{
    QSqlDatabase db = m_context.db();
    const QByteArray &publicKey = m_context.keys->stationPublic;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonArray results;
    int accepted = 0;
    // A station's batch is one session's desk: whether the uploader runs a session, and its
    // cohort, are asked once per session, not once per row.
    QHash<qint64, std::optional<qint64>> cohortRunBy;
    const auto cohortOf = [&](qint64 sessionId) {
        const auto known = cohortRunBy.constFind(sessionId);
        if (known != cohortRunBy.constEnd())
            return *known;
        const std::optional<SqlRow> session
                = Sql(db, u"SELECT cohort_id FROM attendance_sessions WHERE id = :id"_s)
                          .bind(u":id"_s, sessionId)
                          .one();
        std::optional<qint64> cohort;
        if (session && CohortService::exists(db, session->id(u"cohort_id"_s))
            && (by.isAdmin() || CohortService::teaches(db, by.userId, session->id(u"cohort_id"_s))))
            cohort = session->id(u"cohort_id"_s);
        cohortRunBy.insert(sessionId, cohort);
        return cohort;
    };
    Transaction tx(db);
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const QJsonObject row = rows.at(index).toObject();
        const qint64 talentId = row.value(u"talent_id"_s).toInteger();
        const qint64 sessionId = row.value(u"session_id"_s).toInteger();
        const bool checkingIn = row.value(u"action"_s).toString() != u"check_out"_s;
        const QString at = storedTime(row.value(u"at"_s).toString());
        QJsonObject result { { u"index"_s, index } };
        // Each rule of a check by code, in the order a person would ask; the first broken one
        // refuses the row and the others go on.
        const auto apply = [&]() -> std::variant<qint64, Refusal> {
            const std::optional<stationpass::Pass> pass
                    = stationpass::verify(publicKey, row.value(u"payload"_s).toString());
            if (!pass)
                return Refusal { u"The code's signature is not this server's"_s };
            if (pass->sessionId != sessionId)
                return Refusal { u"The code is another session's"_s };
            const qint64 when = epochOf(at);
            if (when < pass->from || when > pass->until)
                return Refusal { u"The time is outside the code's window"_s };
            if (when > now + clockSkewSeconds)
                return Refusal { u"The time is in the future"_s };
            const std::optional<qint64> cohort = cohortOf(sessionId);
            if (!cohort)
                return Refusal { u"Session not found"_s };
            if (!CohortService::belongs(db, talentId, *cohort))
                return Refusal { u"The talent is not in this session's cohort"_s };
            const std::variant<qint64, MarkRefusal> outcome
                    = mark(db, sessionId, talentId, checkingIn, at);
            const auto *refusal = std::get_if<MarkRefusal>(&outcome);
            if (!refusal)
                return std::get<qint64>(outcome);
            // The same mark sent again (a batch replayed) changes nothing.
            if (refusal->sameMark)
                return refusal->recordId;
            return Refusal { stationReason(refusal->kind) };
        };
        const std::variant<qint64, Refusal> outcome = apply();
        if (const auto *refusal = std::get_if<Refusal>(&outcome)) {
            result.insert(u"status"_s, u"refused"_s);
            result.insert(u"reason"_s, refusal->reason);
        } else {
            ++accepted;
            result.insert(u"status"_s, u"accepted"_s);
            result.insert(u"record_id"_s, std::get<qint64>(outcome));
        }
        results.append(result);
    }
    tx.commit();
    return { { u"accepted"_s, accepted },
             { u"refused"_s, rows.size() - accepted },
             { u"results"_s, results } };
}

} // namespace wn
