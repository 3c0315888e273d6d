// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apilistmodel.h"

#include <wn/common/jobcard.h>

namespace wn::client {

/** @brief Published jobs from the public search, held as the JobCard values the server's cards
 *  are (common/), with the fields a job card shows as roles. */
class JobsModel : public wn::client::ApiListModel // qualified: Qt 6.4's type registrar needs it
{
    Q_OBJECT
    QML_ELEMENT
    /** Words to look for in titles and summaries. */
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Roles {
        IdRole = FirstCustomRole,
        TitleRole,
        CompanyRole,
        LocationRole,
        WorkModeRole,
        SalaryRole,
        SlugRole
    };
    Q_ENUM(Roles)

    explicit JobsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return arguments().value(QStringLiteral("q")).toString(); }
    void setQuery(const QString &query);

Q_SIGNALS:
    void queryChanged();

private:
    /** One card per row, in the rows' order: read once, as rows arrive. */
    QList<JobCard> m_cards;
};

} // namespace wn::client
