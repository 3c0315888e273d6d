// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace wn {

/** @brief A vendor's answer to a JSON POST. */
struct VendorReply
{
    long status = 0; ///< 0: the vendor could not be reached
    QJsonObject body;
};

/** POSTs @p body as JSON to @p url (http or https) and waits up to @p timeoutSeconds. */
VendorReply postToVendor(const QString &url, const QJsonObject &body, int timeoutSeconds = 15);

} // namespace wn
