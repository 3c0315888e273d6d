// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace wn {

/** @brief Collects field-level validation messages in the class-validator wording clients expect. */
class FieldErrors
{
public:
    void add(const QString &message) { m_messages.append(message); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    const QStringList &messages() const { return m_messages; }
    /** Throws ApiError 400 listing every message, if there is any. */
    void throwIfAny() const;

private:
    QStringList m_messages;
};

class Schema;

/**
 * @brief One input field: its type and rules, used both to validate input and to describe it in
 * OpenAPI, so the two can never disagree.
 */
class Field
{
public:
    enum class Kind {
        String,
        Email,
        Integer,
        Number,
        Boolean,
        Date,
        DateTime,
        Enum,
        Array,
        Object
    };

    static Field string(int minLength = 0, int maxLength = 255);
    static Field text(int maxLength = 10000) { return string(0, maxLength); }
    static Field email();
    /** A new password: 8 to 128 characters. */
    static Field password();
    static Field integer(qint64 minimum = 1, qint64 maximum = std::numeric_limits<qint32>::max());
    static Field number(double minimum, double maximum);
    static Field boolean();
    /** A calendar date, YYYY-MM-DD. */
    static Field date();
    static Field dateTime();
    static Field oneOf(const QStringList &values);
    /** A string matching a whole-string pattern; @p description completes "field must be ...". */
    static Field pattern(const QString &regex, const QString &description, int maxLength = 255);
    static Field arrayOf(const Field &item, int maxItems = 100);
    static Field object(const Schema &schema);

    Field required() const;
    Field nullable() const;
    Field describe(const QString &description) const;
    Field example(const QJsonValue &example) const;
    /** Strings are trimmed unless this is set (passwords keep every character). */
    Field verbatim() const;

    Kind kind() const { return m_kind; }
    bool isRequired() const { return m_required; }
    QJsonObject openApi() const;

    /**
     * Checks @p value for field @p name; appends messages to @p errors. Returns the normalised
     * value (trimmed strings, lower-case emails), or undefined when absent or invalid.
     * With @p fromText, string input is converted to integers, numbers and booleans (query strings).
     */
    QJsonValue check(const QString &name, const QJsonValue &value, FieldErrors &errors,
                     bool fromText = false) const;

private:
    explicit Field(Kind kind);

    Kind m_kind;
    bool m_required = false;
    bool m_nullable = false;
    bool m_trim = true;
    qint64 m_minLength = 0;
    qint64 m_maxLength = 255;
    double m_minimum = 0;
    double m_maximum = 0;
    QStringList m_values;
    QString m_patternText;
    QString m_patternDescription;
    QString m_description;
    QJsonValue m_example;
    std::shared_ptr<const Field> m_item;
    std::shared_ptr<const Schema> m_schema;
};

/** @brief An object's fields, in order. */
class Schema
{
public:
    Schema() = default;
    Schema(std::initializer_list<std::pair<QString, Field>> fields);

    bool isEmpty() const { return m_fields.empty(); }
    const std::vector<std::pair<QString, Field>> &fields() const { return m_fields; }
    Schema plus(const Schema &other) const;

    QJsonObject openApi() const;
    /**
     * Validates @p input; unknown keys are dropped. Returns the normalised object holding only
     * the declared fields that were present; messages for the rest go to @p errors.
     */
    QJsonObject validate(const QJsonObject &input, FieldErrors &errors, bool fromText = false,
                         const QString &prefix = {}) const;
    /** validate() that throws ApiError 400 with every message. */
    QJsonObject require(const QJsonObject &input) const;

private:
    std::vector<std::pair<QString, Field>> m_fields;
};

} // namespace wn
