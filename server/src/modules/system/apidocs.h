// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace wn {
/** A self-contained HTML reference of an OpenAPI document (no scripts, nothing fetched). */
QByteArray renderApiDocs(const QJsonObject &openApi);
} // namespace wn
