// SPDX-License-Identifier: Apache-2.0
#include "vendorhttp.h"

#include "core/http/outbound.h"
#include "core/logging.h"

#include <wn/common/json.h>

#include <QJsonDocument>

namespace wn {

VendorReply postToVendor(const QString &url, const QJsonObject &body, int timeoutSeconds)
{
    const OutboundReply answer = sendOutbound(
            { .url = url.toUtf8(),
              .headers = { "Content-Type: application/json", "Accept: application/json" },
              .body = json::compact(body),
              .timeoutSeconds = timeoutSeconds });
    VendorReply reply;
    if (!answer.completed) {
        qCWarning(lcServer) << "vendor unreachable:" << answer.error;
        return reply;
    }
    reply.status = answer.status;
    reply.body = QJsonDocument::fromJson(answer.body).object();
    return reply;
}

} // namespace wn
