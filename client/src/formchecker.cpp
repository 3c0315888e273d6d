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
        QString text = match.captured(2);
        text[0] = text.at(0).toUpper();
        problems.insert(match.captured(1), text);
    }
    return problems;
}

} // namespace wn::client
