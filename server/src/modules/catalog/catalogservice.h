// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/schema.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wn {

class ReferenceService;
struct ServerContext;

/** @brief A column of a reference list besides code, name and active. */
struct ListColumn
{
    QString name; ///< the column and its JSON key
    Field field; ///< what input may hold (on adding, editing and filtering)
    bool integer = false;
    bool requiredOnAdd = false;
    bool filter = false; ///< offered as ?<name>= on the list
    bool nigerianState = false; ///< one of Nigeria's states, stored by its canonical name
};

/**
 * @brief A reference list people pick from. Its table is one of the fixed set in
 * referenceLists(), never a name from a request.
 */
struct ReferenceList
{
    QString table; ///< its endpoint and shipped entries are named after it, '-' for '_'
    QString seed; ///< the seed endpoint its list implements
    QString noun; ///< one entry, in words ("education level")
    QString order; ///< ORDER BY of the list
    QList<ListColumn> columns;
    bool searchable = false; ///< long enough to take ?q=
    bool paged = false; ///< long enough to page

    /** Its endpoint under /api/v1: "education-levels". */
    QString path() const { return QString(table).replace(u'_', u'-'); }
    /** The entries shipped with the server. */
    QString resource() const
    {
        using namespace Qt::StringLiterals;
        return u":/reference/"_s + path() + u".json"_s;
    }
};

/** The lists, each with its table, endpoint and shipped data. */
const QList<ReferenceList> &referenceLists();

/** @brief The reference lists (read by all, extended by admins) and the subscription plans. */
class CatalogService
{
public:
    CatalogService(ServerContext &context, ReferenceService &reference);

    /** Active entries (or all, with @p includeInactive), filtered by @p query; paged if the list
     * is. */
    QJsonObject list(const ReferenceList &list, const QJsonObject &query, bool includeInactive,
                     int page, int limit);
    /** Adds an entry; 409 if its code or name is taken. */
    QJsonObject add(const ReferenceList &list, const QJsonObject &input);
    /** Edits an entry's name, columns or active flag (codes are stable); 404, 409. */
    QJsonObject update(const ReferenceList &list, qint64 id, const QJsonObject &input);

    /** The active subscription plans, cheapest first. */
    QJsonObject plans();

    /** The fields an entry of @p list takes when added, edited, or as list filters. */
    static Schema addSchema(const ReferenceList &list);
    static Schema updateSchema(const ReferenceList &list);
    static Schema querySchema(const ReferenceList &list);

private:
    QJsonObject entry(const ReferenceList &list, qint64 id);

    ServerContext &m_context;
    ReferenceService &m_reference;
};

} // namespace wn
