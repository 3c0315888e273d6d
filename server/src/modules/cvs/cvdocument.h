// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <wn/common/schema.h>

namespace wn {

/**
 * @brief A CV's document (basics and sections in their order) and what is made of it: the first
 * draft from a talent's profile, the checks beyond its schema, its plain text for search, the
 * verified sections' items, and JSON Resume both ways.
 */
namespace CvDocument {

/** A new CV's document: the talent's profile (contact, experience, education, skills, links)
 *  and every other section, empty, with the verified ones last. */
QJsonObject fromProfile(QSqlDatabase db, qint64 talentId);

/** Refuses (400, naming the field) what cvSchema cannot say: a verified section with items of
 *  its own, or a verified section twice. */
void checkSections(const QJsonArray &sections);

/** The words of the document, one field a line: what the candidate search reads. */
QString searchText(const QJsonObject &document);

/** What the platform has checked of @p talentId, as the items of each verified section
 *  ("identity", "trainings", "assessments"). */
QJsonObject verifiedItems(QSqlDatabase db, qint64 talentId);

/** What the renderer draws: the visible sections in their order, the verified ones filled from
 *  @p verified and marked, empty ones left out. */
QJsonObject renderInput(const QString &title, const QString &templateName,
                        const QJsonObject &document, const QJsonObject &verified);

/** The document in JSON Resume's fields (basics, work, education, skills, certificates,
 *  languages, projects), with what JSON Resume has no field for under meta.worknation. */
QJsonObject toJsonResume(const QString &title, const QString &templateName,
                         const QJsonObject &document);
/** The schema an imported JSON Resume is checked with (its field names in the 400s). */
const Schema &jsonResumeSchema();
/** A document (and title and template under "title"/"template") from a checked JSON Resume. */
QJsonObject fromJsonResume(const QJsonObject &resume);

} // namespace CvDocument

} // namespace wn
