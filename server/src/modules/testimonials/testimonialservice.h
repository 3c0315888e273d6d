// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace wn {

struct ServerContext;
struct Principal;

/**
 * @brief Testimonials: a talent writes one, admins approve or reject it, and only approved ones
 * are shown to the public. Any change by its author sends it back for approval.
 */
class TestimonialService
{
public:
    explicit TestimonialService(ServerContext &context);

    /** 409 if the talent already wrote one. */
    QJsonObject create(const Principal &by, const QJsonObject &input);
    /** The caller's own testimonial; 404 if they have none. */
    QJsonObject mine(const Principal &by);
    QJsonObject updateMine(const Principal &by, const QJsonObject &input);
    /** By its author or an admin; anyone else gets the 404 a missing one gives. */
    void remove(const Principal &by, qint64 id);

    QJsonObject list(const QJsonObject &query, int page, int limit);
    /** Approves (or, with a reason, rejects) the testimonial of the talent @p userId. */
    QJsonObject review(const Principal &by, qint64 userId, bool approve, const QString &reason);
    /** Approved testimonials as the public sees them: first name and last initial only. */
    QJsonObject published(int page, int limit);

private:
    QJsonObject byUser(qint64 userId, bool withAuthor);

    ServerContext &m_context;
};

} // namespace wn
