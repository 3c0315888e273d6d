// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace wn {

struct ServerContext;

/** @brief The FAQ: shown entries for everyone, kept by admins; first loaded from the shipped file. */
class FaqService
{
public:
    explicit FaqService(ServerContext &context);

    /** Loads the FAQ shipped in resources/reference/faqs.json when the table is empty. */
    void seed();

    /** The shown entries, of one @p category if it is not empty, in their order. */
    QJsonObject shown(const QString &category);
    /** Adds a shown entry; answers it with its id. */
    QJsonObject add(const QJsonObject &input);
    /** Changes the fields @p input gives, together; 404 for an unknown entry. */
    QJsonObject update(qint64 id, const QJsonObject &input);

private:
    static qint64 insert(QSqlDatabase db, const QJsonObject &faq, qint64 position);

    ServerContext &m_context;
};

} // namespace wn
