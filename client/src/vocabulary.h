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
 *
 * Every call that gives words people read takes last the language they are wanted in:
 * `Qt.uiLanguage`, which Language sets to the language the client speaks. A binding re-evaluates
 * qsTr() alone when the language changes; passing `Qt.uiLanguage` makes it depend on the language
 * too, so a label on an open page follows a change at once. The words come from the translation
 * installed, which is that language's.
 */
class Vocabulary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Vocabulary(QObject *parent = nullptr);

    /** A role's name ("super_admin") as people read it ("Super admin"), in their language. */
    Q_INVOKABLE QString roleLabel(const QString &role, const QString &language) const;
    /** @p role as people read it, in their language. */
    static QString roleText(Role role);
    /** A status as people read it ("Shortlisted"), in their language. */
    Q_INVOKABLE QString statusLabel(const QString &status, const QString &language) const;
    /** Every status of @p workflow as {value, text}, in the order a record goes through them. */
    Q_INVOKABLE QVariantList statuses(const QString &workflow, const QString &language) const;
    /** As statuses(), after a first choice of none ({value: ""}) named @p anyText, for a filter. */
    Q_INVOKABLE QVariantList statuses(const QString &workflow, const QString &anyText,
                                      const QString &language) const;
    /**
     * The moves @p next (an answer's `next_statuses`, or moves()) from @p from (may be empty) as
     * buttons read them: {value, text ("Shortlist"), needsReason (true for the move that takes
     * one of reasons())}.
     */
    Q_INVOKABLE QVariantList moveOptions(const QString &workflow, const QStringList &next,
                                         const QString &from, const QString &language) const;
    /** Where @p viewer ("talent", "company" or "staff") may move a record that is @p status. */
    Q_INVOKABLE QStringList moves(const QString &workflow, const QString &status,
                                  const QString &viewer) const;
    /** The reasons of a refusal in @p workflow as {value, text}. */
    Q_INVOKABLE QVariantList reasons(const QString &workflow, const QString &language) const;
    /** A refusal's reason as people read it ("Position filled"); words a company wrote itself
     *  (no listed reason) as they are. */
    Q_INVOKABLE QString reasonLabel(const QString &reason, const QString &language) const;
    /** A job's type or work mode, or a training's mode, as people read it ("Full time"):
     *  @p field is "job_type", "work_mode" or "mode". */
    Q_INVOKABLE QString choiceLabel(const QString &field, const QString &value,
                                    const QString &language) const;
    /** A pay range as people read it ("₦450,000 – ₦700,000 a month"); see forms::payRange. */
    Q_INVOKABLE QString pay(double min, double max, const QString &currency, const QString &period,
                            const QString &language) const;
    /** Every value of @p field as {value, text}. */
    Q_INVOKABLE QVariantList choices(const QString &field, const QString &language) const;
    /** As choices(), after a first choice of none ({value: ""}) named @p anyText, for a filter. */
    Q_INVOKABLE QVariantList choices(const QString &field, const QString &anyText,
                                     const QString &language) const;
    /** Every assessment question type as {value, text ("Agreement from 1 to 5"), hasOptions,
     *  scored}, in the order a bank editor offers them (wn/common/assessments.h). */
    Q_INVOKABLE QVariantList questionTypes(const QString &language) const;
    /** A question type ("single_choice") as people read it ("One answer"). */
    Q_INVOKABLE QString questionTypeLabel(const QString &type, const QString &language) const;
    /** A score's band ("high") as people read it ("High"). */
    Q_INVOKABLE QString bandLabel(const QString &band, const QString &language) const;
    /** The remarks ("pass", "fail") an application in @p status may get; none for the others. */
    Q_INVOKABLE QStringList remarks(const QString &status) const;
    /** What @p notification (a row of the notifications list, or one pushed live) says, as
     *  {title, body} in the reader's language: written again from its kind and facts
     *  (wn/common/notifications.h); its stored English words where it holds too few facts. */
    Q_INVOKABLE QVariantMap notificationWords(const QVariantMap &notification,
                                              const QString &language) const;

private:
    QString statusText(const QString &status) const;
    QString choiceText(const QString &field, const QString &value) const;
    QVariantList statusList(const QString &workflow, const QString &anyText) const;
    QVariantList choiceList(const QString &field, const QString &anyText) const;
};

} // namespace wn::client
