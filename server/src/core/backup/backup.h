// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace wn {

class Config;

/** @brief What a backup holds. */
struct BackupSummary
{
    QString file;
    QString database; ///< "sqlite" or "postgres"
    int files = 0; ///< stored files (uploads) included
    qint64 bytes = 0; ///< uncompressed size of everything included
};

/**
 * Writes one archive (tar + zstd, written with libarchive) holding a consistent snapshot of the
 * database (SQLite: VACUUM INTO; PostgreSQL: pg_dump's custom format), every stored file, the
 * server key, and a manifest with each entry's size and SHA-256. Runs while the server serves.
 * Throws std::runtime_error with a message an admin can act on.
 */
BackupSummary createBackup(const Config &config, const QString &outFile);

/**
 * Restores an archive made by createBackup into the configured data dir and database. The
 * whole archive is read and checked against its manifest first; a damaged, truncated or foreign
 * archive is refused before anything is touched. Stop the server first.
 */
BackupSummary restoreBackup(const Config &config, const QString &archiveFile);

} // namespace wn
