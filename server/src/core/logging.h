// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcMail)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace wn::logging {

/** Routes Qt's messages to stderr as one JSON object a line: {"ts","level","category","msg"}. */
void installJsonHandler();
/** One structured line (the access log): @p fields are merged into the JSON object. */
void structured(const QLoggingCategory &category, const QString &message, const QJsonObject &fields);

} // namespace wn::logging
