// SPDX-License-Identifier: Apache-2.0
#include "apilistmodel.h"

#include "backend.h"
#include "session.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wn::client {

ApiListModel::ApiListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ApiListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ApiListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    switch (role) {
    case RowRole:
        return rowAt(index).toVariantMap();
    case RowIdRole:
        return rowAt(index).value(u"id"_s).toInteger();
    default:
        return {};
    }
}

QHash<int, QByteArray> ApiListModel::roleNames() const
{
    return { { RowRole, "row" }, { RowIdRole, "rowId" } };
}

bool ApiListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_reloadQueued && !m_operation.isEmpty()
            && (m_total < 0 || m_rows.size() < m_total);
}

void ApiListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QJsonObject arguments = QJsonObject::fromVariantMap(m_arguments);
    arguments.insert(u"page"_s, m_nextPage);
    arguments.insert(u"limit"_s, m_pageSize);
    const auto call = Backend::resolve(m_operation, arguments);
    if (!call || call->method != "GET") {
        setError(u"The client has no list named %1."_s.arg(m_operation));
        return;
    }
    setLoading(true);
    const int generation = m_generation;
    Session::instance()->api()->send(
            "GET", call->path, {},
            [this, guard = QPointer<ApiListModel>(this), generation](int status,
                                                                     const QJsonObject &body) {
                if (!guard || generation != m_generation)
                    return; // answers a list that was replaced
                if (status != 200) {
                    setError(ApiClient::errorMessage(status, body));
                    m_total = int(m_rows.size()); // stop asking until reload()
                    setLoading(false);
                    return;
                }
                const QJsonArray page = body.value(u"data"_s).toArray();
                // Paging state first, rows next, "not loading" last: a view told of the new
                // rows may ask for more at once, and must ask for the next page. A list
                // without meta comes whole.
                if (m_nextPage == 1) {
                    QJsonObject extras = body;
                    extras.remove(u"data"_s);
                    extras.remove(u"meta"_s);
                    m_extras = extras.toVariantMap();
                    Q_EMIT extrasChanged();
                }
                ++m_nextPage;
                const QJsonValue meta = body.value(u"meta"_s);
                const int total = meta.isObject()
                        ? int(meta.toObject().value(u"total"_s).toInteger())
                        : int(m_rows.size() + page.size());
                const bool totalChanged = total != m_total;
                m_total = total;
                if (!page.isEmpty()) {
                    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
                    for (const QJsonValue &row : page)
                        m_rows.append(row.toObject());
                    endInsertRows();
                    Q_EMIT countChanged();
                }
                if (page.isEmpty() && m_total > m_rows.size())
                    m_total = int(m_rows.size()); // the list shrank while paging
                if (totalChanged)
                    Q_EMIT this->totalChanged();
                setLoading(false);
            });
}

void ApiListModel::setOperation(const QString &operation)
{
    if (m_operation == operation)
        return;
    m_operation = operation;
    Q_EMIT operationChanged();
    queueReload();
}

void ApiListModel::setArguments(const QVariantMap &arguments)
{
    if (m_arguments == arguments)
        return;
    m_arguments = arguments;
    Q_EMIT argumentsChanged();
    if (!m_operation.isEmpty())
        queueReload();
}

void ApiListModel::queueReload()
{
    // Properties set together from QML (operation, arguments) cause one request.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadQueued)
            reload();
    });
}

void ApiListModel::setPageSize(int size)
{
    size = qBound(1, size, 100);
    if (m_pageSize == size)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

void ApiListModel::reload()
{
    m_reloadQueued = false;
    ++m_generation; // answers to earlier requests are dropped
    setLoading(false);
    const bool hadRows = !m_rows.isEmpty();
    beginResetModel();
    m_rows.clear();
    m_nextPage = 1;
    m_total = -1;
    if (!m_extras.isEmpty()) {
        m_extras.clear();
        Q_EMIT extrasChanged();
    }
    endResetModel(); // a view may ask for the first page right here; fetchMore() below then waits
    if (hadRows)
        Q_EMIT countChanged();
    setError({});
    fetchMore({});
}

QVariantMap ApiListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).toVariantMap() : QVariantMap();
}

void ApiListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void ApiListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace wn::client
