// SPDX-License-Identifier: Apache-2.0
#include "filesroutes.h"
#include "modules/areas.h"

#include "fileaccess.h"
#include "filelifecycle.h"

#include "core/database.h"
#include "core/http/api.h"
#include "core/http/byterange.h"
#include "core/jobs/jobqueue.h"
#include "core/logging.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr int presignTtlSeconds = 15 * 60;

QStringList kindNames()
{
    QStringList names;
    for (FileKind kind :
         { FileKind::Avatar, FileKind::Logo, FileKind::Cv, FileKind::Video, FileKind::Document })
        names.append(Storage::kindName(kind));
    return names;
}

/** Files larger than this are sent from disk in pieces; smaller ones in one go, on a connection
 *  that stays open for the next request. */
constexpr qint64 streamAbove = 256 * 1024;

/** @p file as a download, whole or the part the request's `Range` asks for (a video player
 *  seeks with them), sent from disk when large so that memory stays flat whatever its size. */
Response download(const Storage &storage, const StoredFile &file, const Call &call)
{
    const QString path = storage.pathOf(file.key);
    const qint64 size = QFileInfo(path).size();
    const ByteRange range = ByteRange::parse(call.header("Range"), size);
    Response response;
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        response = Response::bytes({}, {}, 416);
        response.header("Content-Range", range.contentRange(size));
        return response;
    }
    const bool part = range.kind == ByteRange::Kind::Part;
    const qint64 from = part ? range.from : 0;
    const qint64 length = part ? range.length : size;
    const QByteArray type = file.contentType.toLatin1();
    response = part || length > streamAbove
            ? Response::fromFile(path, from, length, type, part ? 206 : 200)
            : Response::bytes(storage.read(file.key), type, 200);
    if (part)
        response.header("Content-Range", range.contentRange(size));
    response.header("Accept-Ranges", "bytes");
    if (Storage::isPublic(file.kind)) {
        response.header("Cache-Control", "private, max-age=3600");
    } else {
        response.header("Cache-Control", "private, no-store");
        // A signed link in a Referer header would hand the file to whoever receives it.
        response.header("Referrer-Policy", "no-referrer");
    }
    response.header("Content-Security-Policy", "sandbox");
    return response;
}

} // namespace

QJsonObject storedFileJson(const Storage &storage, const StoredFile &file)
{
    return { { u"key"_s, file.key },
             { u"kind"_s, Storage::kindName(file.kind) },
             { u"content_type"_s, file.contentType },
             { u"size"_s, file.size },
             { u"url"_s, storage.url(file) } };
}

void installFiles(Api &api, ServerContext &context)
{
    Storage *storage = context.storage.get();

    context.jobs->registerPeriodic(
            u"files-sweep"_s,
            [&context](const QJsonObject &) {
                // A slice of the keys a run, going on where the last run (on any instance) ended.
                QSqlDatabase db = context.db();
                const KeySlice slice
                        = KeySlice::at(JobQueue::cursor(db, u"files-sweep"_s),
                                       context.config.integer(u"files/sweep_prefixes_per_run"_s));
                const SweepResult swept = sweepOrphanFiles(
                        *context.storage, db,
                        context.config.integer(u"files/orphan_grace_seconds"_s), slice);
                JobQueue::keepCursor(db, u"files-sweep"_s, slice.after());
                if (swept.files || swept.strays)
                    qCInfo(lcStorage) << "sweep deleted" << swept.files << "orphaned files and"
                                      << swept.strays << "stray ones";
            },
            [&context] { return context.config.integer(u"files/sweep_interval_seconds"_s); });

    api.post(u"/api/v1/storage/presign"_s,
             { .seed = { u"Auth > Generate Presign Url"_s },
               .access = Access::Authenticated,
               .summary = u"A URL that accepts one direct PUT of a file for 15 minutes, while "
                          u"this session lasts"_s,
               .tag = u"Files"_s,
               .body
               = { { u"kind"_s,
                     Field::oneOf(kindNames()).required().describe(u"What the file is for"_s) } } },
             [storage](Call &call) {
                 const FileKind kind
                         = *Storage::kindFromName(call.body().value(u"kind"_s).toString());
                 return QJsonObject {
                     { u"url"_s, storage->presign(call.principal(), kind, presignTtlSeconds) },
                     { u"method"_s, u"PUT"_s },
                     { u"expires_at"_s,
                       json::timestamp(QDateTime::currentDateTimeUtc().addSecs(presignTtlSeconds)) },
                     { u"max_bytes"_s, Storage::maxBytes(kind) },
                     { u"accepted_types"_s,
                       QJsonArray::fromStringList(Storage::acceptedTypes(kind)) },
                 };
             });

    api.put(u"/api/v1/storage/uploads/{token}"_s,
            { .summary = u"Upload the file body to a presigned URL"_s,
              .tag = u"Files"_s,
              .status = 201,
              .rawBody = true,
              .maxBody = context.config.bytes(u"limits/max_upload_bytes"_s),
              .storesFile = true,
              // A spent or forged URL is refused on the head, and a file is held to its kind's
              // size there too: no byte of a body that would be refused is written down.
              .admitUpload =
                      [storage](const QStringList &params) {
                          return storage->presignedAdmission(params.at(0));
                      } },
            [storage](Call &call) {
                return storedFileJson(
                        *storage,
                        storage->acceptPresigned(call.db(), call.path(u"token"_s), call.upload()));
            });

    api.get(u"/api/v1/files/{key}"_s,
            { .summary = u"Download a stored file: avatars and logos are public, private files "
                         u"need the token of someone who may see them"_s,
              .tag = u"Files"_s },
            [storage](Call &call) {
                const auto file = storage->find(call.db(), call.path(u"key"_s));
                if (!file)
                    throw ApiError::notFound(u"File not found"_s);
                if (!Storage::isPublic(file->kind) && !maySeeFile(call.db(), call.viewer(), *file)) {
                    if (!call.isAuthenticated())
                        throw ApiError::unauthorized(
                                u"This file is private: send the Bearer token of someone who may "
                                u"see it, or use the signed link the API gave for it"_s);
                    throw ApiError::notFound(u"File not found"_s);
                }
                return download(*storage, *file, call);
            });

    api.get(u"/api/v1/files/signed/{expires}/{signature}/{key}"_s,
            { .summary = u"Download a file through a signed link the API handed out, until it "
                         u"expires"_s,
              .tag = u"Files"_s },
            [storage](Call &call) {
                const QString key = call.path(u"key"_s);
                switch (storage->checkLink(key, call.path(u"expires"_s),
                                           call.path(u"signature"_s))) {
                case Storage::LinkCheck::Invalid:
                    throw ApiError::forbidden(u"This file link is invalid"_s);
                case Storage::LinkCheck::Expired:
                    throw ApiError::forbidden(
                            u"This file link has expired: ask for the file again for a new one"_s);
                case Storage::LinkCheck::Valid:
                    break;
                }
                const auto file = storage->find(call.db(), key);
                if (!file)
                    throw ApiError::notFound(u"File not found"_s);
                return download(*storage, *file, call);
            });
}

} // namespace wn
