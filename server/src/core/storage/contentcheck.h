// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace wn {

/**
 * What makes @p bytes, whose signature says they are of @p type, not wholly that type, in a
 * sentence for the uploader; nothing when they are. Pictures (PNG, JPEG, WebP) and PDFs are
 * walked to their end and searched for HTML and script; other types are taken as detected.
 */
std::optional<QString> mixedContentProblem(const QString &type, QByteArrayView bytes);

} // namespace wn
