// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace wn {

struct Principal;
struct SqlFilter;
class Workflow;

/** @brief What the rules of applications, KPIs and mentors need to know about one offer. */
struct OfferFacts
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString title;
    QString status;
    QString startDate; ///< YYYY-MM-DD, empty when not set
    QString endDate;
    QString applicationDeadline; ///< ISO timestamp, empty when there is none
    /** The places applications can hold (a training's seats, an internship's interns); none: no
     *  limit. */
    std::optional<qint64> places;
};

/**
 * @brief One kind of programme a company publishes and talents apply to (trainings,
 * internships): a row per offer in its own table, found by id or slug, drafted, published,
 * closed and archived, seen by the public once published and by its company always.
 */
class CompanyOffers
{
public:
    struct Kind
    {
        QString table; ///< "trainings"
        QString noun; ///< "training": the word the refusals use
        QString aNoun; ///< "A training": how a refusal starts
        QString placesColumn; ///< the column of OfferFacts::places
        const Workflow *workflow = nullptr; ///< the offer's statuses and moves
        /** Who sees the offers of company @p companyId in every status, drafts included. */
        std::function<bool(const Principal *viewer, qint64 companyId)> seesEveryStatus;
    };

    explicit CompanyOffers(Kind kind);

    const QString &table() const { return m_kind.table; }
    const QString &noun() const { return m_kind.noun; }
    /** 404's text: "Training not found". */
    QString notFound() const;

    /** The offer whose @p column ("id" or "slug", never a request's word) is @p value, unless it
     *  was deleted. */
    std::optional<OfferFacts> facts(QSqlDatabase db, const QString &column,
                                    const QVariant &value) const;
    /** The offer, whoever owns it; nothing if there is none. */
    std::optional<OfferFacts> load(QSqlDatabase db, qint64 id) const
    {
        return facts(db, QStringLiteral("id"), id);
    }
    /** The offer if @p viewer may see it: published and closed ones for anyone, every status for
     *  those Kind::seesEveryStatus names; 404 otherwise. @p viewer may be null (anonymous). */
    OfferFacts visible(QSqlDatabase db, const Principal *viewer, qint64 id) const;
    /** The offer if it is the caller's company's; 404 otherwise. */
    OfferFacts own(QSqlDatabase db, const Principal &by, qint64 id) const;
    /** Holds the offer's row until the transaction ends (PostgreSQL; SQLite writes one at a time
     *  anyway), so the places taken cannot race. */
    void lock(QSqlDatabase db, qint64 id) const;
    /** Moves @p by's offer @p id to @p status if the workflow allows (422 otherwise), with the
     *  assignments @p extra answers for moveStatus(); @p extra may refuse the move by throwing.
     *  Checks again when the offer moved meanwhile, and answers 409 after five tries. */
    void changeStatus(QSqlDatabase db, const Principal &by, qint64 id, const QString &status,
                      const std::function<QString(const OfferFacts &, const QString &now)> &extra
                      = {}) const;

    /** Inserts an offer whose slug is made from @p title and free in the table: @p insert runs
     *  the INSERT (… ON CONFLICT (slug) DO NOTHING RETURNING id) with the slug given, and answers
     *  the new id, or null when another request took the slug meanwhile; then the next free slug
     *  is tried, ten at the most. The new offer's id. */
    qint64 insertWithFreeSlug(QSqlDatabase db, const QString &title,
                              const std::function<QVariant(const QString &slug)> &insert) const;

    /** Dates must follow each other: the deadline by the start, the start by the end (400). */
    static void checkDates(const QString &start, const QString &end, const QString &deadline);

private:
    Kind m_kind;
};

/** The filters every kind of offer's search takes, on the offer table named @p alias: words (q)
 *  in any of the @p searched expressions, whatever their case, the mode, the state (in any case)
 *  and the company. */
void addOfferFilters(SqlFilter &filter, const QJsonObject &query, const QString &alias,
                     const QStringList &searched);

} // namespace wn
