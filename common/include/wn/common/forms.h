// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/schema.h>

#include <QString>
#include <QStringList>

/**
 * The rules of the forms a person fills in: the server validates the endpoints' bodies with them
 * and the client checks a form with the same rules before sending it, so a field's problem is
 * shown in the same words before and after a round trip.
 */
namespace wn::forms {

/** A person's first or last name. */
Field name();
Field phone();
Field gender();
/** A person's language, the one the mail sent to them is written in: one of languages(). */
Field language();
/** A required ISO 3166 two-letter country code. */
Field countryCode();
/** The account fields every sign-up asks for. */
const Schema &person();
/** The company fields of an employer's sign-up. */
const Schema &company();
/** A talent's sign-up: in Nigeria (a state) or elsewhere in Africa (a country and a state). */
Schema talentSignUp(bool nigeria);
/** An employer's sign-up: in Nigeria (a state) or abroad (a country). */
Schema employerSignUp(bool nigeria);

QStringList jobTypes();
QStringList workModes();
/** How a training or an internship is given: online, onsite or hybrid. */
QStringList learningModes();
/** When a talent could start: what the profile's availability and the candidate search take. */
QStringList availabilities();
/** Who may see a talent's results on the platform's assessments, the most private first:
 *  "private", "applications" (the companies applied to; the default) and "employers". */
QStringList assessmentVisibilities();
/** What a company is to the platform: one that hires, one that sponsors talents, a learning
 *  academy (the learning console's filter). */
QStringList companyKinds();
QStringList genders();
/** The languages the products speak, as codes ("en", "fr"), English (the source) first: the
 *  client's translations and the mail the server writes. The one list a language is added to. */
QStringList languages();
/** A language as its speakers name it ("Français"), or empty for a code not in languages(). */
QString languageName(const QString &code);
/** The kinds of notification the server sends (a notification's `type`), for the client and
 *  the portal to label. */
QStringList notificationKinds();
/** How well a talent knows a skill, weakest first. */
QStringList proficiencyLevels();
/** How hard a coding challenge is: easy, medium or hard. */
QStringList codingDifficulties();
/** The scopes an API key may hold, in the order the key form offers them. */
QStringList apiKeyScopes();
/**
 * A job's type or work mode, or a training's mode, as people read it ("Full time", "On site"),
 * untranslated (the "Choice" context), or null for a value the vocabulary does not know. @p field
 * is "job_type", "work_mode", "mode" (a training's or an internship's), "availability",
 * "template" (a CV's), "assessment_visibility", "difficulty" (a coding challenge's),
 * "api_key_scope", "partner_read" (what a partner read of a talent), "company_kind" or
 * "notification" (a notification's kind).
 */
const char *choiceLabel(const QString &field, const QString &value);
/** The values of a field with choices ("job_type", "work_mode"), in the order forms offer them. */
QStringList choicesOf(const QString &field);
/**
 * A pay range as people read it: "₦450,000 – ₦700,000 a month" (the currency's symbol, digits
 * grouped, the same amount once); empty without an amount. @p period is "hour", "day", "month" or
 * "year".
 */
QString payRange(qint64 min, qint64 max, const QString &currency, const QString &period);
/** A job post; on creation the title, description, type and work mode are required. */
Schema job(bool creating);

/** A web address: http:// or https:// and at least three more characters. */
Field url();
/** A company's name. */
Field companyName();
/** A company's industry: a code of the industries list (any text while that list is empty). */
Field industry();
/** The profile fields a company may change (its size, address, website, description, ...). */
const Schema &companyProfile();
/** A change to a company: its name, its industry and its profile, each optional. */
Schema companyChange();
/** How a contact person is reached: phone, position, and whether they are the primary one. */
const Schema &contactDetails();
/** A contact person of a company; on creation the name and email are required. */
Schema contactPerson(bool creating);

/** A training cohort; on creation its name is required. */
Schema cohort(bool creating);
/** A session of a cohort, to take attendance at: a title, its start and its end. */
const Schema &attendanceSession();
/** An intern's evidence for a KPI: words, up to ten http(s) links, a document uploaded. */
const Schema &kpiEvidence();
/** The check-ins a station recorded offline: talent, session, action, time and the code. */
const Schema &stationUpload();

/** An option of an assessment question: its key, its text, whether it is correct, its weight. */
Schema assessmentOption();
/** A question of an assessment bank with its key; on creation its type and text are required. */
Schema assessmentQuestion(bool creating);
/** A new assessment bank, with its categories and, optionally, its questions. */
const Schema &assessmentBank();
/** A reading passage with its questions, each with its options and one correct. */
const Schema &assessmentPassage();
/** A reading passage's own title and text, as an edit changes them (its questions are edited
 *  one by one). */
const Schema &assessmentPassageEdit();
/** A company's target mean (1-5) per category of an assessment: culture fit's target profile. */
const Schema &assessmentTarget();

/** Issuing an API key: its name, its scopes and perhaps a limit of its own a minute. */
Schema apiKey();
/** Rotating an API key: how long the old one keeps working. */
Schema apiKeyRotation();

/** A company the learning console adds: a learning academy unless its kind says employer. */
const Schema &lmsCompany();
/** A learner the learning console invites: their name and email, NYSC details and academy. */
const Schema &lmsTalent();
/** Several talents' NYSC details at once, each found by email. */
const Schema &lmsNysc();
/** A learner's username on the LMS. */
const Schema &lmsUsername();

/** The body taken by the client's operation @p operation where a form sends it; else nullptr. */
const Schema *operationBody(const QString &operation);

} // namespace wn::forms
