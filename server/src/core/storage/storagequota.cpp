// SPDX-License-Identifier: Apache-2.0
// The storage's room under the upload limits: reservations made when an upload's head is
// accepted, and the quotas checked against what is stored and reserved, on every instance.
#include "storage.h"

#include "../database.h"
#include "../logging.h"
#include "../servercontext.h"
#include "../sqlchanges.h"

#include <wn/common/apierror.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The PostgreSQL advisory lock of one account's (@p what "user") or company's room under the
 *  upload limits: the same on every instance. */
qint64 roomLock(const QString &what, qint64 id)
{
    const QByteArray digest = QCryptographicHash::hash(
            u"upload-room:%1:%2"_s.arg(what).arg(id).toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

Storage::Room Storage::lockRoom(QSqlDatabase db, qint64 ownerId, qint64 except) const
{
    Room room;
    const std::optional<SqlRow> owner = Sql(db, u"SELECT company_id FROM users WHERE id = :owner"_s)
                                                .bind(u":owner"_s, ownerId)
                                                .one();
    room.companyId = owner && !owner->isNull(u"company_id"_s) ? owner->id(u"company_id"_s) : 0;
    // SQLite runs one writing transaction at a time (ours began as one), so what is read here
    // stays true until the commit. PostgreSQL takes a lock for the account, then one for its
    // company: always in that order, so two checks never wait for each other in a circle.
    // Advisory locks rather than the rows' own: they hold up only other checks of the same
    // room, never a write to the users or companies row, or to a row that refers to one.
    if (m_context.database->isPostgres()) {
        Sql(db, u"SELECT pg_advisory_xact_lock(:lock)"_s)
                .bind(u":lock"_s, roomLock(u"user"_s, ownerId))
                .exec();
        if (room.companyId != 0) {
            Sql(db, u"SELECT pg_advisory_xact_lock(:lock)"_s)
                    .bind(u":lock"_s, roomLock(u"company"_s, room.companyId))
                    .exec();
        }
    }
    // A reservation past its expiry is one its instance never gave back (it crashed): ignored.
    const QString now = nowText();
    const SqlRow mine
            = Sql(db,
                  u"SELECT (SELECT COALESCE(SUM(size_bytes), 0) FROM files WHERE owner_id = "
                  u":owner AND deleted_at IS NULL) AS stored, "
                  u"(SELECT COALESCE(SUM(size_bytes), 0) FROM upload_reservations WHERE owner_id "
                  u"= :owner AND stores_file AND expires_at > :now AND id <> :except) AS reserved, "
                  u"(SELECT COALESCE(SUM(size_bytes), 0) FROM upload_reservations WHERE owner_id "
                  u"= :owner AND expires_at > :now AND id <> :except) AS arriving"_s)
                      .bind(u":owner"_s, ownerId)
                      .bind(u":now"_s, now)
                      .bind(u":except"_s, except)
                      .single();
    room.stored = mine.id(u"stored"_s);
    room.reserved = mine.id(u"reserved"_s);
    room.arriving = mine.id(u"arriving"_s);
    if (room.companyId != 0 && m_context.config.bytes(u"files/company_quota_bytes"_s) > 0) {
        const SqlRow company
                = Sql(db,
                      u"SELECT (SELECT COALESCE(SUM(f.size_bytes), 0) FROM files f JOIN users m "
                      u"ON m.id = f.owner_id WHERE m.company_id = :company AND f.deleted_at IS "
                      u"NULL) AS stored, (SELECT COALESCE(SUM(size_bytes), 0) FROM "
                      u"upload_reservations WHERE company_id = :company AND stores_file AND "
                      u"expires_at > :now AND id <> :except) AS reserved"_s)
                          .bind(u":company"_s, room.companyId)
                          .bind(u":now"_s, now)
                          .bind(u":except"_s, except)
                          .single();
        room.companyStored = company.id(u"stored"_s);
        room.companyReserved = company.id(u"reserved"_s);
    }
    return room;
}

void Storage::refuseOverQuota(const Room &room, qint64 size) const
{
    const qint64 userQuota = m_context.config.bytes(u"files/user_quota_bytes"_s);
    const qint64 companyQuota = m_context.config.bytes(u"files/company_quota_bytes"_s);
    const qint64 mine = room.stored + room.reserved + size;
    if (userQuota > 0 && mine > userQuota) {
        throw ApiError::payloadTooLarge(
                u"This file would take your stored files%1 to %2 MiB, over the per-user storage "
                "quota of %3 MiB: delete or replace a file first"_s.arg(
                        room.reserved > 0 ? u" and the uploads you have arriving"_s : QString(),
                        mib(mine), mib(userQuota)));
    }
    const qint64 company = room.companyStored + room.companyReserved + size;
    if (companyQuota > 0 && room.companyId != 0 && company > companyQuota) {
        throw ApiError::payloadTooLarge(
                u"This file would take your company's stored files%1 to %2 MiB, over the "
                "per-company storage quota of %3 MiB"_s.arg(
                        room.companyReserved > 0 ? u" and the uploads its members have arriving"_s
                                                 : QString(),
                        mib(company), mib(companyQuota)));
    }
}

std::unique_ptr<UploadReservation> Storage::reserveUpload(qint64 ownerId, qint64 bytes,
                                                          bool storesFile,
                                                          const QDateTime &expires) const
{
    const qint64 budget = m_context.config.bytes(u"limits/max_arriving_upload_bytes_per_account"_s);
    QSqlDatabase db = m_context.db();
    qint64 id = 0;
    try {
        Transaction tx(db);
        const Room room = lockRoom(db, ownerId, 0);
        if (room.arriving + bytes > budget) {
            throw ApiError(
                    429,
                    u"This account's uploads still arriving, with this one, would be more "
                    u"than the %1 bytes it may send at once: wait for one to finish"_s.arg(budget));
        }
        if (storesFile)
            refuseOverQuota(room, bytes);
        id = insertRowReturningId(
                db, u"upload_reservations"_s,
                { { u"owner_id"_s, ownerId },
                  { u"company_id"_s,
                    room.companyId != 0 ? QVariant(room.companyId)
                                        : QVariant(QMetaType::fromType<qint64>()) },
                  { u"size_bytes"_s, bytes },
                  { u"stores_file"_s, storesFile },
                  { u"created_at"_s, nowText() },
                  { u"expires_at"_s, timeText(expires) } });
        tx.commit();
    } catch (const DatabaseError &error) {
        // Asked on a connection's head, where the refusal is the only answer: said as one, and
        // the cause logged.
        qCCritical(lcStorage) << "cannot reserve room for an upload:" << error.what();
        throw ApiError(503, u"The server cannot take uploads at the moment"_s);
    }
    return std::make_unique<UploadReservation>(id,
                                               [this](qint64 given) { releaseReservation(given); });
}

void Storage::releaseReservation(qint64 id) const noexcept
{
    try {
        Sql(m_context.db(), u"DELETE FROM upload_reservations WHERE id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
    } catch (const std::exception &error) {
        // An upload is being dropped, with no one to tell: the room stays taken until the
        // reservation expires, and the files sweep forgets it after.
        qCWarning(lcStorage) << "cannot give back upload reservation" << id << error.what();
    }
}

} // namespace wn
