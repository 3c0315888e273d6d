// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace wn {
class Api;
struct ServerContext;
/** Presigned uploads and file downloads. */
void installFiles(Api &api, ServerContext &context);

class Storage;
struct StoredFile;
/** How the API shows a stored file. */
QJsonObject storedFileJson(const Storage &storage, const StoredFile &file);
} // namespace wn
