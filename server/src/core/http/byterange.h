// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace wn {

/** @brief What a request's `Range` header asks of a body of a known size (RFC 9110, 14.2). */
struct ByteRange
{
    enum class Kind {
        Whole, ///< no range, or one this server does not serve in parts (several ranges, or
               ///< not bytes): the whole body, 200
        Part, ///< [from, from + length), 206
        Unsatisfiable ///< starts past the end: 416
    };
    Kind kind = Kind::Whole;
    qint64 from = 0;
    qint64 length = 0;

    static ByteRange parse(const QByteArray &header, qint64 size);
    /** The `Content-Range` value: `bytes FROM-LAST/SIZE`, or, when unsatisfiable, a star and
     *  the size. */
    QByteArray contentRange(qint64 size) const;
};

} // namespace wn
