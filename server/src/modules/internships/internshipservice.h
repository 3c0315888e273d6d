// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/applications/companyoffers.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wn {

class AccountService;
struct ServerContext;
struct Principal;

/** @brief What the rules of applications, KPIs and mentors need to know about one programme. */
using InternshipFacts = OfferFacts;

/**
 * @brief Internship programmes a company runs: their categories, the programmes themselves
 * (drafted, published, closed, archived; found by id or slug), and the company's mentors, who are
 * people of the company assigned to its programmes. A company only reaches its own programmes
 * and mentors; the public sees published and closed programmes.
 */
class InternshipService
{
public:
    InternshipService(ServerContext &context, AccountService &accounts);

    // ---- Categories ----
    /** Adds the default categories that are missing; how many were added. */
    int seedCategories();
    QJsonObject categories();

    // ---- Programmes ----
    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    QJsonObject changeStatus(const Principal &by, qint64 id, const QString &status);
    /** Removes a programme nobody was admitted to; 422 once interns were approved. */
    /**
     * Deletes @p by's internship @p id within the caller's transaction, unless interns were
     * admitted (422); the internship as it was. The applications service closes its open
     * applications in the same transaction (InternshipApplicationService::removeInternship).
     */
    InternshipFacts removeWithin(QSqlDatabase db, const Principal &by, qint64 id);
    QJsonObject byId(const Principal *viewer, qint64 id);
    QJsonObject bySlug(const Principal *viewer, const QString &slug);
    /** Published programmes, searched and filtered. */
    QJsonObject search(const QJsonObject &query, int page, int limit);
    /** The caller's company's programmes in every status. */
    QJsonObject companyOffers(const Principal &by, const QJsonObject &query, int page, int limit);

    // ---- Mentors ----
    /** Makes one of the company's people a mentor, or opens a mentor account for a new one
     *  (invited by mail to choose a password). */
    QJsonObject addMentor(const Principal &by, const QJsonObject &input);
    QJsonObject companyMentors(const Principal &by, const QJsonObject &query, int page, int limit);
    /** Every company's mentors, for platform staff. */
    QJsonObject allMentors(const QJsonObject &query, int page, int limit);
    void removeMentor(const Principal &by, qint64 mentorId);
    /** Assigns one of the company's mentors to one of its programmes. */
    QJsonObject assignMentor(const Principal &by, qint64 internshipId, qint64 mentorId);
    /** The programmes @p mentor is assigned to, with their interns and pending reviews. */
    QJsonObject mentorInternships(const Principal &mentor, int page, int limit);

    // ---- Interns ----
    /** The talents admitted to a company's programmes (approved or completed). */
    QJsonObject companyInterns(qint64 companyId, const QJsonObject &query, int page, int limit);

    // ---- For the other internship services ----
    const CompanyOffers &offers() const { return m_offers; }
    std::optional<InternshipFacts> load(QSqlDatabase db, qint64 id) const
    {
        return m_offers.load(db, id);
    }
    /** The programme if @p viewer may see it: published and closed ones for anyone, every status
     *  for its company, its mentors and staff; 404 otherwise. */
    InternshipFacts visible(QSqlDatabase db, const Principal *viewer, qint64 id) const
    {
        return m_offers.visible(db, viewer, id);
    }
    /** The programme if it is the caller's company's; 404 otherwise. */
    InternshipFacts own(QSqlDatabase db, const Principal &by, qint64 id) const
    {
        return m_offers.own(db, by, id);
    }
    /** Whether @p userId is a mentor assigned to programme @p internshipId. */
    static bool mentors(QSqlDatabase db, qint64 userId, qint64 internshipId);
    /** The places of internship @p id its approved and completed interns hold. */
    static qint64 placesTaken(QSqlDatabase db, qint64 id);
    void lock(QSqlDatabase db, qint64 id) const { m_offers.lock(db, id); }
    QJsonObject internshipJson(QSqlDatabase db, qint64 id);

private:
    void checkCategory(QSqlDatabase db, const QJsonObject &input);
    QJsonObject mentorJson(QSqlDatabase db, qint64 mentorId);

    ServerContext &m_context;
    AccountService &m_accounts;
    CompanyOffers m_offers;
};

} // namespace wn
