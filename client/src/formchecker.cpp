// SPDX-License-Identifier: Apache-2.0
#include "formchecker.h"

#include <wn/common/forms.h>

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn::client {

FormChecker::FormChecker(QObject *parent)
    : QObject(parent)
{ }

QVariantMap FormChecker::check(const QString &operation, const QVariantMap &values) const
{
    const Schema *schema = forms::operationBody(operation);
    if (!schema)
        return {};
    FieldErrors errors;
    schema->validate(QJsonObject::fromVariantMap(values), errors);
    return byField(errors.messages());
}

QVariantMap FormChecker::serverProblems(const QVariant &body) const
{
    const QVariant message = body.toMap().value(u"message"_s);
    // A single message is about the whole request; field errors come as a list.
    if (message.typeId() != QMetaType::QVariantList && message.typeId() != QMetaType::QStringList)
        return {};
    return byField(message.toStringList());
}

QVariantMap FormChecker::checkPaths(const QString &operation, const QVariantMap &values) const
{
    const Schema *schema = forms::operationBody(operation);
    if (!schema)
        return {};
    FieldErrors errors;
    schema->validate(QJsonObject::fromVariantMap(values), errors);
    return byPath(errors.messages());
}

QVariantMap FormChecker::serverProblemsByPath(const QVariant &body) const
{
    const QVariant message = body.toMap().value(u"message"_s);
    if (message.typeId() != QMetaType::QVariantList && message.typeId() != QMetaType::QStringList)
        return {};
    return byPath(message.toStringList());
}

namespace {

/** The rule's words as a person filling in the form reads them, in their language. */
QString forPeople(const QString &rule)
{
    static const QRegularExpression atLeast(
            u"^must be longer than or equal to (\\d+) characters$"_s);
    static const QRegularExpression atMost(
            u"^must be shorter than or equal to (\\d+) characters$"_s);
    if (rule == u"should not be empty"_s)
        return FormChecker::tr("Fill this in");
    if (rule == u"must be an email"_s)
        return FormChecker::tr("Enter an email address, like ada@example.com");
    if (const auto match = atLeast.match(rule); match.hasMatch())
        return FormChecker::tr("Use at least %1 characters").arg(match.captured(1));
    if (const auto match = atMost.match(rule); match.hasMatch())
        return FormChecker::tr("Use at most %1 characters").arg(match.captured(1));
    // Anything else is the server's sentence without the field's name ("Must be one of ...").
    QString text = rule;
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QVariantMap FormChecker::byField(const QStringList &messages)
{
    // Each message starts with the field it is about ("questions[0].question_id is not ..."); the
    // form shows it beside that top-level field, without the field's name.
    static const QRegularExpression named(u"^([a-z][a-z0-9_]*)(?:[\\[.][^ ]*)? (.+)$"_s);
    QVariantMap problems;
    for (const QString &message : messages) {
        const QRegularExpressionMatch match = named.match(message);
        if (!match.hasMatch() || problems.contains(match.captured(1)))
            continue;
        problems.insert(match.captured(1), forPeople(match.captured(2)));
    }
    return problems;
}

QVariantMap FormChecker::byPath(const QStringList &messages)
{
    static const QRegularExpression named(
            u"^([a-z][a-z0-9_]*(?:\\[[0-9]+\\]|\\.[a-z][a-z0-9_]*)*) (.+)$"_s);
    QVariantMap problems;
    for (const QString &message : messages) {
        const QRegularExpressionMatch match = named.match(message);
        if (!match.hasMatch() || problems.contains(match.captured(1)))
            continue;
        problems.insert(match.captured(1), forPeople(match.captured(2)));
    }
    return problems;
}

} // namespace wn::client
