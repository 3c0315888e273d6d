// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/storage.h"

#include <QSqlDatabase>
#include <QStringList>

namespace wn {

/**
 * Deletes those of @p keys that nothing refers to any more (a replaced avatar, logo or intro
 * video): their rows are marked deleted and their bytes removed. Called after the commit that
 * replaced them; a key still in use elsewhere (an employer's avatar that is also the company's
 * logo) is kept.
 */
void releaseFiles(const Storage &storage, QSqlDatabase db, const QStringList &keys);

/** What one sweep deleted. */
struct SweepResult
{
    int files = 0; ///< recorded files nothing referred to
    int strays = 0; ///< bytes on disk no row recorded
};

/**
 * Deletes the files of @p slice stored before @p graceSeconds ago that nothing refers to
 * (uploads never attached, files whose owner went) and the slice's bytes on disk that no live
 * row records, and forgets upload claims a day old (their URLs long expired) and upload
 * reservations past their expiry (left by an instance that crashed). The files module
 * runs it as a periodic background job, a slice a run, so that no run reads every key or walks
 * every directory.
 */
SweepResult sweepOrphanFiles(const Storage &storage, QSqlDatabase db, int graceSeconds,
                             const KeySlice &slice = {});

} // namespace wn
