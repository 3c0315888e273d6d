// SPDX-License-Identifier: Apache-2.0
#include "backup.h"

#include "../config.h"
#include "../database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr auto formatName = "worknation-backup";
constexpr int formatVersion = 1;

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

QString keyFileOf(const Config &config)
{
    const QString configured = config.value(u"auth/key_file"_s);
    return configured.isEmpty() ? QDir(config.dataDir()).filePath(u"server.key"_s) : configured;
}

QString sqlitePathOf(const Config &config)
{
    return config.databaseUrl().mid(7);
}

bool isPostgres(const Config &config)
{
    return !config.databaseUrl().startsWith(u"sqlite:"_s);
}

/** A libarchive handle that is freed whatever happens. */
struct ArchiveDeleter
{
    bool reading;
    void operator()(archive *a) const
    {
        if (reading)
            archive_read_free(a);
        else
            archive_write_free(a);
    }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : u"unknown archive error"_s;
}

/** Starts a file of @p size bytes in the archive under @p name; its data follows. */
void addHeader(archive *a, const QString &name, qint64 size)
{
    archive_entry *entry = archive_entry_new();
    const QByteArray pathname = name.toUtf8();
    archive_entry_set_pathname(entry, pathname.constData());
    archive_entry_set_size(entry, size);
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0600);
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    const int header = archive_write_header(a, entry);
    archive_entry_free(entry);
    if (header != ARCHIVE_OK)
        fail(u"cannot write %1 to the archive: %2"_s.arg(name, archiveError(a)));
}

/** Copies one file into the archive under @p name; answers its SHA-256 (hex) and size. */
QJsonObject addFile(archive *a, const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    addHeader(a, name, file.size());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() && file.error() != QFile::NoError)
            fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
        hash.addData(chunk);
        total += chunk.size();
        if (archive_write_data(a, chunk.constData(), size_t(chunk.size())) < 0)
            fail(u"cannot write %1 to the archive: %2"_s.arg(name, archiveError(a)));
    }
    return { { u"path"_s, name },
             { u"size"_s, total },
             { u"sha256"_s, QString::fromLatin1(hash.result().toHex()) } };
}

void addBytes(archive *a, const QByteArray &bytes, const QString &name)
{
    addHeader(a, name, bytes.size());
    if (archive_write_data(a, bytes.constData(), size_t(bytes.size())) < 0)
        fail(u"cannot write %1 to the archive: %2"_s.arg(name, archiveError(a)));
}

/** A consistent copy of the database at @p target. */
void snapshotDatabase(const Config &config, const QString &target)
{
    if (isPostgres(config)) {
        const QString pgDump = QStandardPaths::findExecutable(u"pg_dump"_s);
        if (pgDump.isEmpty())
            fail(u"pg_dump is not installed: install the postgresql-client package to back up a PostgreSQL database"_s);
        QProcess dump;
        dump.start(pgDump,
                   { u"--format=custom"_s, u"--no-owner"_s, u"--file="_s + target,
                     u"--dbname="_s + config.databaseUrl() });
        if (!dump.waitForFinished(-1) || dump.exitStatus() != QProcess::NormalExit
            || dump.exitCode() != 0)
            fail(u"pg_dump failed: %1"_s.arg(
                    QString::fromLocal8Bit(dump.readAllStandardError()).trimmed()));
        return;
    }
    const QString name = u"wn-backup-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(sqlitePathOf(config));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
        if (!db.open())
            fail(u"cannot open the database: "_s + db.lastError().text());
        // One transaction's view of the whole database, written as a new, compact file.
        QSqlQuery vacuum(db);
        if (!vacuum.exec(u"VACUUM INTO '%1'"_s.arg(QString(target).replace(u'\'', u"''"_s))))
            fail(u"cannot snapshot the database: "_s + vacuum.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/** Rejects names that could escape the staging directory. */
bool safeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"."_s || part == u".."_s)
            return false;
    }
    return name == u"manifest.json"_s || name.startsWith(u"database/"_s)
            || name.startsWith(u"files/"_s) || name == u"secrets/server.key"_s;
}

void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
}

} // namespace

BackupSummary createBackup(const Config &config, const QString &outFile)
{
    BackupSummary summary;
    summary.file = QFileInfo(outFile).absoluteFilePath();
    summary.database = isPostgres(config) ? u"postgres"_s : u"sqlite"_s;
    QTemporaryDir scratch(QDir(config.dataDir()).filePath(u".backup-XXXXXX"_s));
    if (!scratch.isValid())
        fail(u"cannot create a scratch directory in the data dir"_s);
    const QString dumpName
            = isPostgres(config) ? u"database/worknation.dump"_s : u"database/worknation.db"_s;
    const QString dumpPath = scratch.filePath(QFileInfo(dumpName).fileName());
    snapshotDatabase(config, dumpPath);

    const QString partial = summary.file + u".partial"_s;
    ArchivePtr a(archive_write_new(), { false });
    if (archive_write_add_filter_zstd(a.get()) != ARCHIVE_OK
        && archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK)
        fail(u"no compression available in libarchive"_s);
    archive_write_set_format_pax_restricted(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(partial).constData()) != ARCHIVE_OK)
        fail(u"cannot write %1: %2"_s.arg(partial, archiveError(a.get())));

    QJsonArray entries;
    const QJsonObject database = addFile(a.get(), dumpPath, dumpName);
    entries.append(database);
    summary.bytes += database.value(u"size"_s).toInteger();
    if (QFile::exists(keyFileOf(config)))
        entries.append(addFile(a.get(), keyFileOf(config), u"secrets/server.key"_s));
    const QDir files(QDir(config.dataDir()).filePath(u"files"_s));
    QDirIterator it(files.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QJsonObject entry
                = addFile(a.get(), path, u"files/"_s + files.relativeFilePath(path));
        entries.append(entry);
        summary.bytes += entry.value(u"size"_s).toInteger();
        ++summary.files;
    }
    const QJsonObject manifest { { u"format"_s, QString::fromLatin1(formatName) },
                                 { u"version"_s, formatVersion },
                                 { u"created_at"_s, nowText() },
                                 { u"database"_s, summary.database },
                                 { u"entries"_s, entries } };
    // Last, so that a truncated archive is missing its manifest and is refused.
    addBytes(a.get(), QJsonDocument(manifest).toJson(), u"manifest.json"_s);
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        fail(u"cannot finish %1: %2"_s.arg(partial, archiveError(a.get())));
    QFile::remove(summary.file);
    if (!QFile::rename(partial, summary.file))
        fail(u"cannot move the backup to %1"_s.arg(summary.file));
    QFile(summary.file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return summary;
}

BackupSummary restoreBackup(const Config &config, const QString &archiveFile)
{
    if (!QFileInfo::exists(archiveFile))
        fail(u"%1 does not exist"_s.arg(archiveFile));
    QDir().mkpath(config.dataDir());
    QTemporaryDir staging(QDir(config.dataDir()).filePath(u".restore-XXXXXX"_s));
    if (!staging.isValid())
        fail(u"cannot create a staging directory in the data dir"_s);

    // 1. Read everything into the staging directory, hashing as we go.
    QHash<QString, QPair<qint64, QString>> seen; // name -> size, sha256
    QByteArray manifestBytes;
    {
        ArchivePtr a(archive_read_new(), { true });
        archive_read_support_filter_all(a.get());
        archive_read_support_format_tar(a.get());
        if (archive_read_open_filename(a.get(), QFile::encodeName(archiveFile).constData(), 1 << 16)
            != ARCHIVE_OK)
            fail(u"%1 cannot be read as a Worknation backup (%2): nothing was restored"_s.arg(
                    archiveFile, archiveError(a.get())));
        archive_entry *entry = nullptr;
        int status = ARCHIVE_OK;
        while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
            const QString name = QString::fromUtf8(archive_entry_pathname(entry));
            if (archive_entry_filetype(entry) != AE_IFREG || !safeEntryName(name)
                || seen.contains(name))
                fail(u"the archive holds an unexpected entry \"%1\": refusing it"_s.arg(
                        name.left(200)));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            qint64 size = 0;
            std::unique_ptr<QFile> out;
            if (name == u"manifest.json"_s) {
                manifestBytes.clear();
            } else {
                const QString target = staging.filePath(name);
                QDir().mkpath(QFileInfo(target).absolutePath());
                out = std::make_unique<QFile>(target);
                if (!out->open(QIODevice::WriteOnly))
                    fail(u"cannot write to the staging directory: "_s + out->errorString());
            }
            char buffer[1 << 16];
            la_ssize_t read = 0;
            while ((read = archive_read_data(a.get(), buffer, sizeof buffer)) > 0) {
                hash.addData(QByteArrayView(buffer, read));
                size += read;
                if (out) {
                    if (out->write(buffer, read) != read)
                        fail(u"cannot write to the staging directory: "_s + out->errorString());
                } else if (manifestBytes.size() + read > 64 * 1024 * 1024) {
                    fail(u"the manifest is too large: refusing the archive"_s);
                } else {
                    manifestBytes.append(buffer, read);
                }
            }
            if (read < 0)
                fail(u"the archive is damaged (%1): nothing was restored"_s.arg(
                        archiveError(a.get())));
            seen.insert(name, { size, QString::fromLatin1(hash.result().toHex()) });
        }
        if (status != ARCHIVE_EOF)
            fail(u"the archive is damaged or truncated (%1): nothing was restored"_s.arg(
                    archiveError(a.get())));
    }

    // 2. Check it against its manifest before touching anything.
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(u"format"_s).toString() != QLatin1StringView(formatName))
        fail(u"%1 is not a Worknation backup (no manifest): nothing was restored"_s.arg(
                archiveFile));
    if (manifest.value(u"version"_s).toInt() != formatVersion)
        fail(u"this backup's format version %1 is not supported"_s.arg(
                manifest.value(u"version"_s).toInt()));
    const QString database = manifest.value(u"database"_s).toString();
    if (database != (isPostgres(config) ? u"postgres"_s : u"sqlite"_s))
        fail(u"this is a %1 backup but the server is configured for %2"_s.arg(
                database, isPostgres(config) ? u"postgres"_s : u"sqlite"_s));
    const QJsonArray entries = manifest.value(u"entries"_s).toArray();
    if (entries.size() + 1 != seen.size())
        fail(u"the archive does not hold exactly what its manifest lists: nothing was restored"_s);
    BackupSummary summary;
    summary.file = archiveFile;
    summary.database = database;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(u"path"_s).toString();
        const auto found = seen.constFind(name);
        if (found == seen.constEnd() || found->first != entry.value(u"size"_s).toInteger()
            || found->second != entry.value(u"sha256"_s).toString())
            fail(u"%1 does not match its checksum: the archive is damaged, nothing was restored"_s
                         .arg(name.left(200)));
        summary.bytes += found->first;
        if (name.startsWith(u"files/"_s))
            ++summary.files;
    }
    const QString dumpName = database == u"postgres"_s ? u"database/worknation.dump"_s
                                                       : u"database/worknation.db"_s;
    if (!seen.contains(dumpName))
        fail(u"the archive holds no database: nothing was restored"_s);

    // 3. Put it in place.
    const QString dataDir = config.dataDir();
    if (database == u"postgres"_s) {
        const QString pgRestore = QStandardPaths::findExecutable(u"pg_restore"_s);
        if (pgRestore.isEmpty())
            fail(u"pg_restore is not installed: install the postgresql-client package"_s);
        QProcess restore;
        restore.start(pgRestore,
                      { u"--clean"_s, u"--if-exists"_s, u"--no-owner"_s, u"--single-transaction"_s,
                        u"--exit-on-error"_s, u"--dbname="_s + config.databaseUrl(),
                        staging.filePath(dumpName) });
        if (!restore.waitForFinished(-1) || restore.exitStatus() != QProcess::NormalExit
            || restore.exitCode() != 0)
            fail(u"pg_restore failed, the database is unchanged: %1"_s.arg(
                    QString::fromLocal8Bit(restore.readAllStandardError()).trimmed()));
    } else {
        const QString target = sqlitePathOf(config);
        QDir().mkpath(QFileInfo(target).absolutePath());
        const QString previous = target + u".before-restore"_s;
        removeSqliteFiles(previous);
        if (QFile::exists(target) && !QFile::rename(target, previous))
            fail(u"cannot set the current database aside; is the server still running?"_s);
        QFile::remove(target + u"-wal"_s);
        QFile::remove(target + u"-shm"_s);
        if (!QFile::rename(staging.filePath(dumpName), target)) {
            QFile::rename(previous, target);
            fail(u"cannot move the restored database into place; the previous one is back"_s);
        }
    }
    // Files and key: the old ones are kept beside the new ones until the end, then removed.
    const QString files = QDir(dataDir).filePath(u"files"_s);
    const QString oldFiles = files + u".before-restore"_s;
    QDir(oldFiles).removeRecursively();
    if (QFileInfo::exists(files) && !QDir().rename(files, oldFiles))
        fail(u"cannot set the current files aside"_s);
    if (QFileInfo::exists(staging.filePath(u"files"_s))
        && !QDir().rename(staging.filePath(u"files"_s), files)) {
        QDir().rename(oldFiles, files);
        fail(u"cannot move the restored files into place; the previous ones are back"_s);
    }
    QDir().mkpath(files);
    QDir(oldFiles).removeRecursively();
    if (seen.contains(u"secrets/server.key"_s)) {
        const QString key = keyFileOf(config);
        QFile::remove(key);
        if (!QFile::copy(staging.filePath(u"secrets/server.key"_s), key))
            fail(u"cannot put the server key in place at %1"_s.arg(key));
        QFile(key).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (database != u"postgres"_s)
        removeSqliteFiles(sqlitePathOf(config) + u".before-restore"_s);
    return summary;
}

} // namespace wn
