// SPDX-License-Identifier: Apache-2.0
#include "jobsmodel.h"

#include "session.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

constexpr int pageSize = 20;

} // namespace

JobsModel::JobsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const QJsonObject &job = m_jobs.at(index.row());
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
    case SalaryRole: {
        const QJsonObject salary = job.value(u"salary"_s).toObject();
        if (salary.value(u"max"_s).isNull())
            return QString();
        return u"%1 %2–%3 / %4"_s.arg(salary.value(u"currency"_s).toString())
                .arg(salary.value(u"min"_s).toInteger())
                .arg(salary.value(u"max"_s).toInteger())
                .arg(salary.value(u"period"_s).toString());
    }
    case SlugRole:
        return job.value(u"slug"_s).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    return { { IdRole, "jobId" },          { TitleRole, "title" },       { CompanyRole, "company" },
             { LocationRole, "location" }, { WorkModeRole, "workMode" }, { SalaryRole, "salary" },
             { SlugRole, "slug" } };
}

bool JobsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && (m_total < 0 || m_jobs.size() < m_total);
}

void JobsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(m_nextPage));
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    if (!m_query.isEmpty())
        query.addQueryItem(u"q"_s, m_query);
    const int generation = m_generation;
    Session::instance()->api()->send(
            "GET", u"/api/v1/jobs/landing?"_s + query.toString(QUrl::FullyEncoded), {},
            [this, guard = QPointer<JobsModel>(this), generation](int status,
                                                                  const QJsonObject &body) {
                if (!guard || generation != m_generation)
                    return; // answers a search that was replaced
                if (status != 200) {
                    m_error = ApiClient::errorMessage(status, body);
                    Q_EMIT errorChanged();
                    m_total = int(m_jobs.size()); // stop asking until reload()
                    setLoading(false);
                    return;
                }
                const QJsonArray page = body.value(u"data"_s).toArray();
                // Paging state first, rows next, "not loading" last: a view told of the new
                // rows may ask for more at once, and must ask for the next page.
                ++m_nextPage;
                const int total
                        = int(body.value(u"meta"_s).toObject().value(u"total"_s).toInteger());
                const bool totalChanged = total != m_total;
                m_total = total;
                if (!page.isEmpty()) {
                    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + page.size() - 1));
                    for (const QJsonValue &job : page)
                        m_jobs.append(job.toObject());
                    endInsertRows();
                }
                if (totalChanged)
                    Q_EMIT this->totalChanged();
                setLoading(false);
            });
}

void JobsModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

void JobsModel::reload()
{
    ++m_generation; // answers to earlier requests are dropped
    setLoading(false);
    beginResetModel();
    m_jobs.clear();
    m_nextPage = 1;
    m_total = -1;
    endResetModel(); // a view may ask for the first page right here; fetchMore() below then waits
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    fetchMore({});
}

void JobsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace wn::client
