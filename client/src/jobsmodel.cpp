// SPDX-License-Identifier: Apache-2.0
#include "jobsmodel.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn::client {

JobsModel::JobsModel(QObject *parent)
    : ApiListModel(parent)
{
    setOperation(u"publicJobs"_s);
    // Connected before any view: the cards are there when a view asks for the new rows.
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_cards.clear(); });
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_cards.insert(row, JobCard::fromJson(rowAt(index(row))).value_or(JobCard()));
            });
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (index.row() >= m_cards.size())
        return ApiListModel::data(index, role);
    const JobCard &job = m_cards.at(index.row());
    switch (role) {
    case IdRole:
        return job.id;
    case Qt::DisplayRole:
    case TitleRole:
        return job.title;
    case CompanyRole:
        return job.company.name;
    case LocationRole:
        return job.place();
    case WorkModeRole:
        return job.workMode;
    case SalaryRole:
        // "₦200,000 – ₦350,000 a month", empty when the job names no salary.
        return forms::payRange(job.salary.min.value_or(0), job.salary.max.value_or(0),
                               job.salary.currency, job.salary.period);
    case SlugRole:
        return job.slug;
    default:
        return ApiListModel::data(index, role);
    }
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    QHash<int, QByteArray> names = ApiListModel::roleNames();
    names.insert({ { IdRole, "jobId" },
                   { TitleRole, "title" },
                   { CompanyRole, "company" },
                   { LocationRole, "location" },
                   { WorkModeRole, "workMode" },
                   { SalaryRole, "salary" },
                   { SlugRole, "slug" } });
    return names;
}

void JobsModel::setQuery(const QString &query)
{
    if (this->query() == query)
        return;
    QVariantMap filters = arguments();
    if (query.isEmpty())
        filters.remove(u"q"_s);
    else
        filters.insert(u"q"_s, query);
    setArguments(filters);
    Q_EMIT queryChanged();
}

} // namespace wn::client
