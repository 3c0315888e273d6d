// SPDX-License-Identifier: Apache-2.0
#include "filesroutes.h"

#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>

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

} // namespace

QJsonObject storedFileJson(const Storage &storage, const StoredFile &file)
{
    return { { u"key"_s, file.key },
             { u"kind"_s, Storage::kindName(file.kind) },
             { u"content_type"_s, file.contentType },
             { u"size"_s, file.size },
             { u"url"_s, storage.url(file.key) } };
}

void installFiles(Api &api, ServerContext &context)
{
    Storage *storage = context.storage.get();

    api.post(
            u"/api/v1/storage/presign"_s,
            { .seed = { u"Auth > Generate Presign Url"_s },
              .access = Access::Authenticated,
              .summary = u"A URL that accepts one direct PUT of a file for 15 minutes"_s,
              .tag = u"Files"_s,
              .body
              = { { u"kind"_s,
                    Field::oneOf(kindNames()).required().describe(u"What the file is for"_s) } } },
            [storage](Call &call) {
                const FileKind kind
                        = *Storage::kindFromName(call.body().value(u"kind"_s).toString());
                return QJsonObject {
                    { u"url"_s, storage->presign(call.principal().userId, kind, presignTtlSeconds) },
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
              .maxBody = context.config.bytes(u"limits/max_upload_bytes"_s) },
            [storage](Call &call) {
                return storedFileJson(
                        *storage,
                        storage->acceptPresigned(call.db(), call.path(u"token"_s), call.rawBody()));
            });

    api.get(u"/api/v1/files/{key}"_s, { .summary = u"Download a stored file"_s, .tag = u"Files"_s },
            [storage](Call &call) {
                const auto file = storage->find(call.db(), call.path(u"key"_s));
                if (!file)
                    throw ApiError::notFound(u"File not found"_s);
                Response response = Response::bytes(storage->read(file->key),
                                                    file->contentType.toLatin1(), 200);
                response.header("Cache-Control", "private, max-age=3600");
                response.header("Content-Security-Policy", "sandbox");
                return response;
            });
}

} // namespace wn
