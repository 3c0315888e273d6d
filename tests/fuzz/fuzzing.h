// SPDX-License-Identifier: Apache-2.0
// What every fuzzing target shares: the input as bytes, and how a broken promise ends the run.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace wn::fuzz {

/** The input as a QByteArray, without a copy (the driver gives each input its own buffer). */
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Ends the run with @p what when @p condition does not hold: a finding, like a sanitizer's. */
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: %s\n", what);
        std::abort();
    }
}

} // namespace wn::fuzz
