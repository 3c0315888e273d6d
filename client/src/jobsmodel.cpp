// SPDX-License-Identifier: Apache-2.0
#include "jobsmodel.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

/** "₦200,000 – ₦350,000 a month", empty when the job names no salary. */
QString salaryText(const QJsonObject &job)
{
    const QJsonObject salary = job.value(u"salary"_s).toObject();
    return forms::payRange(salary.value(u"min"_s).toInteger(), salary.value(u"max"_s).toInteger(),
                           salary.value(u"currency"_s).toString(),
                           salary.value(u"period"_s).toString());
}

} // namespace

JobsModel::JobsModel(QObject *parent)
    : ApiListModel(parent)
{
    setOperation(u"publicJobs"_s);
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const QJsonObject &job = rowAt(index);
    switch (role) {
    case IdRole:
        return job.value(u"id"_s).toInteger();
    case Qt::DisplayRole:
    case TitleRole:
        return job.value(u"title"_s).toString();
    case CompanyRole:
        return job.value(u"company"_s).toObject().value(u"name"_s).toString();
    case LocationRole: {
        const QJsonObject location = job.value(u"location"_s).toObject();
        const QString state = location.value(u"state"_s).toString();
        return state.isEmpty() ? location.value(u"country_code"_s).toString() : state;
    }
    case WorkModeRole:
        return job.value(u"work_mode"_s).toString();
    case SalaryRole:
        return salaryText(job);
    case SlugRole:
        return job.value(u"slug"_s).toString();
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
