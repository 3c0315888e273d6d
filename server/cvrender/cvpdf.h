// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace wn {

/**
 * The PDF of a CV as the server hands it over: {title, template, basics, sections: [{type,
 * title, verified, items}]}, the visible sections in their order. Text stays text (selectable,
 * in the fonts Qt embeds); sections the platform verified carry a mark saying so. Needs a
 * QGuiApplication (fonts).
 */
QByteArray renderCvPdf(const QJsonObject &cv);

} // namespace wn
