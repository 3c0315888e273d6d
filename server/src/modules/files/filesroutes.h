// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace wn {

class Storage;
struct StoredFile;

/** How the API shows a stored file. */
QJsonObject storedFileJson(const Storage &storage, const StoredFile &file);

} // namespace wn
