// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace wn::client {

/**
 * @brief Any of the server's paged lists ({data, meta: {total}}), a page at a time as the view
 * scrolls. The list is named by its operation ("myApplications") with its arguments (path
 * parameters and filters); every row is the server's object, as `row`.
 */
class ApiListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString operation READ operation WRITE setOperation NOTIFY operationChanged)
    Q_PROPERTY(QVariantMap arguments READ arguments WRITE setArguments NOTIFY argumentsChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /** How many rows the server has (-1 before the first answer). */
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /** What the first page's answer carries beside its rows (a search's facets and suggestion). */
    Q_PROPERTY(QVariant extras READ extras NOTIFY extrasChanged)

public:
    enum Roles { RowRole = Qt::UserRole + 1, RowIdRole, FirstCustomRole };
    Q_ENUM(Roles)

    explicit ApiListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString operation() const { return m_operation; }
    void setOperation(const QString &operation);
    QVariantMap arguments() const { return m_arguments; }
    void setArguments(const QVariantMap &arguments);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    bool loading() const { return m_loading; }
    int total() const { return m_total; }
    int count() const { return int(m_rows.size()); }
    QString error() const { return m_error; }
    QVariant extras() const { return m_extras; }

    /** Starts again from the first page. */
    Q_INVOKABLE void reload();
    /** The row's object, for a page that opens it. */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void operationChanged();
    void argumentsChanged();
    void pageSizeChanged();
    void loadingChanged();
    void totalChanged();
    void countChanged();
    void errorChanged();
    void extrasChanged();

protected:
    const QJsonObject &rowAt(const QModelIndex &index) const { return m_rows.at(index.row()); }

private:
    void queueReload();
    void setLoading(bool loading);
    void setError(const QString &error);

    QList<QJsonObject> m_rows;
    QString m_operation;
    QVariantMap m_arguments;
    int m_pageSize = 20;
    bool m_loading = false;
    int m_total = -1;
    int m_nextPage = 1;
    int m_generation = 0;
    bool m_reloadQueued = false;
    QString m_error;
    QVariantMap m_extras;
};

} // namespace wn::client
