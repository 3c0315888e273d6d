// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace wn {

/** @brief What the connection guard needs to know of the endpoint a request head names. */
struct BodyRule
{
    qint64 limit = 1024 * 1024; ///< the largest body it accepts
    bool spool = false; ///< a raw body (an upload): written to a file as it arrives, never held
};

} // namespace wn
