// SPDX-License-Identifier: Apache-2.0
#include "vocabulary.h"

#include <wn/common/assessments.h>
#include <wn/common/forms.h>
#include <wn/common/notifications.h>
#include <wn/common/roles.h>
#include <wn/common/workflows.h>

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

QVariantMap option(const QString &value, const QString &text)
{
    return { { u"value"_s, value }, { u"text"_s, text } };
}

/** A word the vocabulary has no label for (a newer server's), as words: "on_hold" → "on hold". */
QString plainWords(const QString &word)
{
    QString text = word;
    text.replace(u'_', u' ');
    return text;
}

} // namespace

Vocabulary::Vocabulary(QObject *parent)
    : QObject(parent)
{ }

// Each call that gives words takes the language they are wanted in only so that a binding
// depends on it (see the class); the words are the installed translation's.

QString Vocabulary::roleLabel(const QString &role, const QString &) const
{
    const std::optional<Role> found = roleFromName(role);
    return found ? roleText(*found) : plainWords(role);
}

QString Vocabulary::roleText(Role role)
{
    const char *label = wn::roleLabel(role);
    return label ? QCoreApplication::translate("Role", label) : roleName(role);
}

QString Vocabulary::statusLabel(const QString &status, const QString &) const
{
    return statusText(status);
}

QString Vocabulary::statusText(const QString &status) const
{
    const char *label = wn::statusLabel(status);
    return label ? QCoreApplication::translate("Status", label) : plainWords(status);
}

QString Vocabulary::choiceLabel(const QString &field, const QString &value, const QString &) const
{
    return choiceText(field, value);
}

QString Vocabulary::choiceText(const QString &field, const QString &value) const
{
    const char *label = wn::forms::choiceLabel(field, value);
    return label ? QCoreApplication::translate("Choice", label) : plainWords(value);
}

QString Vocabulary::pay(double min, double max, const QString &currency, const QString &period,
                        const QString &) const
{
    return wn::forms::payRange(qint64(min), qint64(max), currency, period);
}

QVariantList Vocabulary::choices(const QString &field, const QString &) const
{
    return choiceList(field, QString());
}

QVariantList Vocabulary::choices(const QString &field, const QString &anyText, const QString &) const
{
    return choiceList(field, anyText);
}

QVariantList Vocabulary::choiceList(const QString &field, const QString &anyText) const
{
    QVariantList list;
    if (!anyText.isEmpty())
        list.append(option(QString(), anyText));
    for (const QString &value : wn::forms::choicesOf(field))
        list.append(option(value, choiceText(field, value)));
    return list;
}

QVariantList Vocabulary::statuses(const QString &workflow, const QString &) const
{
    return statusList(workflow, QString());
}

QVariantList Vocabulary::statuses(const QString &workflow, const QString &anyText,
                                  const QString &) const
{
    return statusList(workflow, anyText);
}

QVariantList Vocabulary::statusList(const QString &workflow, const QString &anyText) const
{
    QVariantList list;
    if (!anyText.isEmpty())
        list.append(option(QString(), anyText));
    if (const Workflow *found = workflowNamed(workflow)) {
        for (const QString &status : found->statuses())
            list.append(option(status, statusText(status)));
    }
    return list;
}

QVariantList Vocabulary::moveOptions(const QString &workflow, const QStringList &next,
                                     const QString &from, const QString &) const
{
    const Workflow *found = workflowNamed(workflow);
    QVariantList list;
    for (const QString &status : next) {
        const char *label = moveLabel(status, from);
        QVariantMap move = option(
                status, label ? QCoreApplication::translate("Move", label) : plainWords(status));
        move.insert(u"needsReason"_s, found && status == found->refusal());
        list.append(move);
    }
    return list;
}

QStringList Vocabulary::moves(const QString &workflow, const QString &status,
                              const QString &viewer) const
{
    const Workflow *found = workflowNamed(workflow);
    if (!found)
        return {};
    const Viewer by = viewer == u"talent"_s ? Viewer::Talent
            : viewer == u"company"_s        ? Viewer::Company
                                            : Viewer::Staff;
    return found->moves(status, by);
}

QVariantList Vocabulary::reasons(const QString &workflow, const QString &) const
{
    QVariantList list;
    if (const Workflow *found = workflowNamed(workflow)) {
        for (const QString &reason : found->reasons()) {
            const char *label = wn::reasonLabel(reason);
            list.append(option(reason,
                               label ? QCoreApplication::translate("Reason", label)
                                     : plainWords(reason)));
        }
    }
    return list;
}

QString Vocabulary::reasonLabel(const QString &reason, const QString &) const
{
    const char *label = wn::reasonLabel(reason);
    return label ? QCoreApplication::translate("Reason", label) : reason;
}

QVariantList Vocabulary::questionTypes(const QString &) const
{
    QVariantList list;
    for (const QuestionType &type : wn::questionTypes()) {
        QVariantMap entry
                = option(type.code, QCoreApplication::translate("QuestionType", type.label));
        entry.insert(u"hasOptions"_s, type.hasOptions);
        entry.insert(u"scored"_s, type.scored);
        list.append(entry);
    }
    return list;
}

QString Vocabulary::questionTypeLabel(const QString &type, const QString &) const
{
    const QuestionType *found = questionType(type);
    return found ? QCoreApplication::translate("QuestionType", found->label) : plainWords(type);
}

QString Vocabulary::bandLabel(const QString &band, const QString &) const
{
    const char *label = scoreBandLabel(band);
    return label ? QCoreApplication::translate("Band", label) : plainWords(band);
}

QStringList Vocabulary::remarks(const QString &status) const
{
    if (!applicationTakesRemark(status))
        return {};
    return { u"pass"_s, u"fail"_s };
}

QVariantMap Vocabulary::notificationWords(const QVariantMap &notification, const QString &) const
{
    const wn::NotificationWords words = wn::notificationWords(
            notification.value(u"type"_s).toString(),
            QJsonObject::fromVariantMap(notification.value(u"data"_s).toMap()),
            { notification.value(u"title"_s).toString(), notification.value(u"body"_s).toString() });
    return { { u"title"_s, words.title }, { u"body"_s, words.body } };
}

} // namespace wn::client
