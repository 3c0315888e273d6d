// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/roles.h>

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace wn::client {

/**
 * @brief The shared vocabulary of statuses for QML: their labels, the moves between them and the
 * reasons a refusal gives, read from the workflows the server's guards use (wn/common/workflows.h).
 * Workflows are named as there: "application", "training_application", "testimonial", ...
 */
class Vocabulary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Vocabulary(QObject *parent = nullptr);

    /** A role's name ("super_admin") as people read it ("Super admin"), in their language. */
    Q_INVOKABLE QString roleLabel(const QString &role) const;
    /** @p role as people read it, in their language. */
    static QString roleText(Role role);
    /** A status as people read it ("Shortlisted"), in their language. */
    Q_INVOKABLE QString statusLabel(const QString &status) const;
    /**
     * Every status of @p workflow as {value, text}, in the order a record goes through them; for a
     * filter, @p anyText names a first choice of none ({value: ""}).
     */
    Q_INVOKABLE QVariantList statuses(const QString &workflow,
                                      const QString &anyText = QString()) const;
    /**
     * The moves @p next (an answer's `next_statuses`, or moves()) from @p from as buttons read
     * them: {value, text ("Shortlist"), needsReason (true for the move that takes one of
     * reasons())}.
     */
    Q_INVOKABLE QVariantList moveOptions(const QString &workflow, const QStringList &next,
                                         const QString &from = QString()) const;
    /** Where @p viewer ("talent", "company" or "staff") may move a record that is @p status. */
    Q_INVOKABLE QStringList moves(const QString &workflow, const QString &status,
                                  const QString &viewer) const;
    /** The reasons of a refusal in @p workflow as {value, text}. */
    Q_INVOKABLE QVariantList reasons(const QString &workflow) const;
    /** A job's type or work mode, or a training's mode, as people read it ("Full time"):
     *  @p field is "job_type", "work_mode" or "mode". */
    Q_INVOKABLE QString choiceLabel(const QString &field, const QString &value) const;
    /** A pay range as people read it ("₦450,000 – ₦700,000 a month"); see forms::payRange. */
    Q_INVOKABLE QString pay(double min, double max, const QString &currency,
                            const QString &period) const;
    /** Every value of @p field as {value, text}; @p anyText names a first choice of none. */
    Q_INVOKABLE QVariantList choices(const QString &field, const QString &anyText = QString()) const;
    /** Every assessment question type as {value, text ("Agreement from 1 to 5"), hasOptions,
     *  scored}, in the order a bank editor offers them (wn/common/assessments.h). */
    Q_INVOKABLE QVariantList questionTypes() const;
    /** A question type ("single_choice") as people read it ("One answer"). */
    Q_INVOKABLE QString questionTypeLabel(const QString &type) const;
    /** A score's band ("high") as people read it ("High"). */
    Q_INVOKABLE QString bandLabel(const QString &band) const;
    /** The remarks ("pass", "fail") an application in @p status may get; none for the others. */
    Q_INVOKABLE QStringList remarks(const QString &status) const;
};

} // namespace wn::client
