// SPDX-License-Identifier: Apache-2.0
#include "filelifecycle.h"

#include "core/database.h"
#include "core/storage/storage.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/**
 * The condition that no column holding a file key names the file `files.file_key`: every place
 * a stored file is referred to from. A new place must be added here, or its files are deleted.
 */
QString unreferenced()
{
    static const QList<std::pair<const char *, const char *>> references {
        { "users", "avatar_key" },
        { "companies", "logo_key" },
        { "talent_profiles", "intro_video_key" },
        { "applications", "cv_key" },
        { "sponsorship_documents", "file_key" },
        { "sponsorship_application_documents", "file_key" },
        { "kpi_submissions", "file_key" },
        { "cvs", "file_key" },
        { "generated_cvs", "file_key" },
    };
    QStringList checks;
    for (const auto &[table, column] : references) {
        checks.append(u"NOT EXISTS (SELECT 1 FROM %1 r WHERE r.%2 = files.file_key)"_s.arg(
                QString::fromLatin1(table), QString::fromLatin1(column)));
    }
    return checks.join(u" AND "_s);
}

/** Marks the live, unreferenced files that @p where also selects deleted; their keys. */
QStringList forget(QSqlDatabase db, const QString &where, const QVariantMap &values)
{
    Sql marked(db,
               u"UPDATE files SET deleted_at = :now WHERE deleted_at IS NULL AND %1 AND %2 "
               "RETURNING file_key"_s.arg(where, unreferenced()));
    marked.bind(u":now"_s, nowText());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        marked.bind(it.key(), it.value());
    marked.exec();
    QStringList keys;
    while (marked.next())
        keys.append(marked.text(u"file_key"_s));
    return keys;
}

} // namespace

void releaseFiles(const Storage &storage, QSqlDatabase db, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (key.isEmpty())
            continue;
        for (const QString &gone : forget(db, u"file_key = :key"_s, { { u":key"_s, key } }))
            storage.removeBytes(gone);
    }
}

SweepResult sweepOrphanFiles(const Storage &storage, QSqlDatabase db, int graceSeconds,
                             const KeySlice &slice)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
    SweepResult result;
    for (const QString &gone :
         forget(db, u"created_at < :cutoff AND file_key >= :from AND file_key < :to"_s,
                { { u":cutoff"_s, timeText(cutoff) },
                  { u":from"_s, slice.from() },
                  { u":to"_s, slice.to() } })) {
        storage.removeBytes(gone);
        ++result.files;
    }
    result.strays = storage.removeStrayBytes(db, cutoff, slice);
    // A claim must outlive its upload URL (minutes), or the URL could be used again.
    Sql(db, u"DELETE FROM upload_claims WHERE claimed_at < :cutoff"_s)
            .bind(u":cutoff"_s, timeText(QDateTime::currentDateTimeUtc().addDays(-1)))
            .exec();
    // A reservation past its expiry counts no more: its instance never gave it back (it crashed
    // while the upload arrived).
    Sql(db, u"DELETE FROM upload_reservations WHERE expires_at <= :now"_s)
            .bind(u":now"_s, nowText())
            .exec();
    return result;
}

} // namespace wn
