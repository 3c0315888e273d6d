// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace wn::client {

/** @brief Published jobs from the public search, a page at a time as the view scrolls. */
class JobsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CompanyRole,
        LocationRole,
        WorkModeRole,
        SalaryRole,
        SlugRole
    };
    Q_ENUM(Roles)

    explicit JobsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool loading() const { return m_loading; }
    int total() const { return m_total; }
    QString error() const { return m_error; }

    /** Starts again from the first page. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void queryChanged();
    void loadingChanged();
    void totalChanged();
    void errorChanged();

private:
    void setLoading(bool loading);

    QList<QJsonObject> m_jobs;
    QString m_query;
    bool m_loading = false;
    int m_total = -1;
    int m_nextPage = 1;
    int m_generation = 0;
    QString m_error;
};

} // namespace wn::client
