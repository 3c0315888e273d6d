// SPDX-License-Identifier: Apache-2.0
#include "byterange.h"

#include <limits>

namespace wn {

namespace {

/** A run of digits as a number, or -1 (empty, not digits, or too long to be a file's offset). */
qint64 number(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ByteRange ByteRange::parse(const QByteArray &header, qint64 size)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=") || value.contains(','))
        return {};
    const QByteArrayView spec = QByteArrayView(value).sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return {};
    const QByteArrayView first = spec.first(dash).trimmed();
    const QByteArrayView last = spec.sliced(dash + 1).trimmed();
    if (first.isEmpty()) { // the last N bytes
        const qint64 suffix = number(last);
        if (suffix < 0)
            return {};
        if (suffix == 0 || size == 0)
            return { Kind::Unsatisfiable, 0, 0 };
        const qint64 length = std::min(suffix, size);
        return { Kind::Part, size - length, length };
    }
    const qint64 from = number(first);
    const qint64 to = last.isEmpty() ? std::numeric_limits<qint64>::max() : number(last);
    if (from < 0 || to < 0 || to < from)
        return {}; // not a range this grammar allows: ignored, as the RFC lets a server do
    if (from >= size)
        return { Kind::Unsatisfiable, 0, 0 };
    return { Kind::Part, from, std::min(to, size - 1) - from + 1 };
}

QByteArray ByteRange::contentRange(qint64 size) const
{
    if (kind == Kind::Unsatisfiable)
        return "bytes */" + QByteArray::number(size);
    return "bytes " + QByteArray::number(from) + '-' + QByteArray::number(from + length - 1) + '/'
            + QByteArray::number(size);
}

} // namespace wn
