// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

namespace wn {

/** @brief What the connection guard needs to know of the endpoint a request head names. */
struct BodyRule
{
    qint64 limit = 1024 * 1024; ///< the largest body it accepts
    bool spool = false; ///< a raw body (an upload): written to a file as it arrives, never held
    /** An upload refused on its head alone (no token, the wrong role, a spent URL): the status
     *  to answer before a byte of the body is read; 0 when it may come. */
    int refusal = 0;
    QString message;
    /** The account an upload is for (the caller, or whoever asked for its URL); 0 when none is
     *  known. Its uploads arriving at once share one budget. */
    qint64 owner = 0;
    /** The upload becomes a stored file: from its head it counts against its owner's and their
     *  company's quotas. */
    bool storesFile = false;
};

/** @brief What an upload's path says of it on its head: the largest body it takes now, and
 *  whose upload it is (0 when the path does not say). */
struct UploadAdmission
{
    qint64 limit = 0;
    qint64 owner = 0;
};

} // namespace wn
