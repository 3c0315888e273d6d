// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace wn::client {

/**
 * @brief Checks a form with the rules the server applies to the same operation
 * (wn/common/forms.h), so a field's problem shows beside it before anything is sent; and places
 * the field errors of a server's 400 answer the same way.
 */
class FormChecker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FormChecker(QObject *parent = nullptr);

    /**
     * The problems of @p values as the body of operation @p operation ("createJob"), as field →
     * message ("title" → "Use at least 3 characters"); empty when none.
     */
    Q_INVOKABLE QVariantMap check(const QString &operation, const QVariantMap &values) const;
    /** The field errors of a server's answer @p body (a 400's message list), the same way. */
    Q_INVOKABLE QVariantMap serverProblems(const QVariant &body) const;
    /**
     * As check(), by the whole path of the field each problem is about
     * ("sections[1].items[0].title"), for a form that edits lists of entries.
     */
    Q_INVOKABLE QVariantMap checkPaths(const QString &operation, const QVariantMap &values) const;
    /** As serverProblems(), by the whole path of each field. */
    Q_INVOKABLE QVariantMap serverProblemsByPath(const QVariant &body) const;
    /** Validation messages ("title must be ...") by the top-level field they name. */
    static QVariantMap byField(const QStringList &messages);
    /** Validation messages by the whole path they name ("sections[0].items[2].url"). */
    static QVariantMap byPath(const QStringList &messages);
};

} // namespace wn::client
