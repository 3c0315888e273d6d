// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema.h"

#include <QStringList>

namespace wn {

/** The sections a talent writes in a CV, in the order a new CV lists them. */
QStringList cvSectionTypes();
/** The sections the platform fills from what it has checked itself (identity, completed
 *  trainings, assessment results): a talent may hide or move them, never write their items. */
QStringList verifiedCvSectionTypes();
/** The looks a CV's PDF can take. */
QStringList cvTemplates();
/** The most sections a CV holds, and items a section holds. */
constexpr int maxCvSections = 20;
constexpr int maxCvSectionItems = 40;

/** A CV's contact block: who the CV is of. */
Schema cvBasicsSchema();
/** One entry of a section: a position, a school, a skill, a certificate, a language, a link. */
Schema cvItemSchema();
/**
 * A CV as it is edited: its title, template, basics and sections in their order, each with a
 * title, whether it is hidden, and its items (a position, a school, a skill...). Every size and
 * count is bounded.
 */
Schema cvSchema();

} // namespace wn
