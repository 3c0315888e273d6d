// SPDX-License-Identifier: Apache-2.0
#include <wn/common/apierror.h>
#include <wn/common/schema.h>

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wn {

void FieldErrors::throwIfAny() const
{
    if (!m_messages.isEmpty())
        throw ApiError::badRequest(m_messages);
}

Field::Field(Kind kind)
    : m_kind(kind)
{ }

Field Field::string(int minLength, int maxLength)
{
    Field field(Kind::String);
    field.m_minLength = minLength;
    field.m_maxLength = maxLength;
    return field;
}

Field Field::email()
{
    Field field(Kind::Email);
    field.m_minLength = 3;
    field.m_maxLength = 254;
    return field;
}

Field Field::password()
{
    Field field = string(8, 128).verbatim();
    return field;
}

Field Field::integer(qint64 minimum, qint64 maximum)
{
    Field field(Kind::Integer);
    field.m_minimum = double(minimum);
    field.m_maximum = double(maximum);
    return field;
}

Field Field::number(double minimum, double maximum)
{
    Field field(Kind::Number);
    field.m_minimum = minimum;
    field.m_maximum = maximum;
    return field;
}

Field Field::boolean()
{
    return Field(Kind::Boolean);
}

Field Field::date()
{
    return Field(Kind::Date);
}

Field Field::dateTime()
{
    return Field(Kind::DateTime);
}

Field Field::oneOf(const QStringList &values)
{
    Field field(Kind::Enum);
    field.m_values = values;
    return field;
}

Field Field::pattern(const QString &regex, const QString &description, int maxLength)
{
    Field field = string(1, maxLength);
    field.m_patternText = regex;
    field.m_patternDescription = description;
    return field;
}

Field Field::arrayOf(const Field &item, int maxItems)
{
    Field field(Kind::Array);
    field.m_item = std::make_shared<const Field>(item);
    field.m_maxLength = maxItems;
    return field;
}

Field Field::object(const Schema &schema)
{
    Field field(Kind::Object);
    field.m_schema = std::make_shared<const Schema>(schema);
    return field;
}

Field Field::required() const
{
    Field copy = *this;
    copy.m_required = true;
    return copy;
}

Field Field::nullable() const
{
    Field copy = *this;
    copy.m_nullable = true;
    return copy;
}

Field Field::describe(const QString &description) const
{
    Field copy = *this;
    copy.m_description = description;
    return copy;
}

Field Field::example(const QJsonValue &example) const
{
    Field copy = *this;
    copy.m_example = example;
    return copy;
}

Field Field::verbatim() const
{
    Field copy = *this;
    copy.m_trim = false;
    return copy;
}

QJsonObject Field::openApi() const
{
    QJsonObject schema;
    switch (m_kind) {
    case Kind::String:
        schema = { { u"type"_s, u"string"_s }, { u"maxLength"_s, m_maxLength } };
        if (m_minLength > 0)
            schema.insert(u"minLength"_s, m_minLength);
        if (!m_patternText.isEmpty()) {
            schema.insert(u"pattern"_s, m_patternText);
            // How the server words a mismatch ("phone_number must be ..."), for clients that
            // check before sending.
            schema.insert(u"x-pattern-description"_s, m_patternDescription);
        }
        break;
    case Kind::Email:
        schema = { { u"type"_s, u"string"_s },
                   { u"format"_s, u"email"_s },
                   { u"maxLength"_s, m_maxLength } };
        break;
    case Kind::Integer:
        schema = { { u"type"_s, u"integer"_s },
                   { u"minimum"_s, m_minimum },
                   { u"maximum"_s, m_maximum } };
        break;
    case Kind::Number:
        schema = { { u"type"_s, u"number"_s },
                   { u"minimum"_s, m_minimum },
                   { u"maximum"_s, m_maximum } };
        break;
    case Kind::Boolean:
        schema = { { u"type"_s, u"boolean"_s } };
        break;
    case Kind::Date:
        schema = { { u"type"_s, u"string"_s }, { u"format"_s, u"date"_s } };
        break;
    case Kind::DateTime:
        schema = { { u"type"_s, u"string"_s }, { u"format"_s, u"date-time"_s } };
        break;
    case Kind::Enum:
        schema = { { u"type"_s, u"string"_s }, { u"enum"_s, QJsonArray::fromStringList(m_values) } };
        break;
    case Kind::Array:
        schema = { { u"type"_s, u"array"_s },
                   { u"items"_s, m_item->openApi() },
                   { u"maxItems"_s, m_maxLength } };
        break;
    case Kind::Object:
        schema = m_schema->openApi();
        break;
    }
    if (m_nullable)
        schema.insert(u"nullable"_s, true);
    if (!m_description.isEmpty())
        schema.insert(u"description"_s, m_description);
    if (!m_example.isUndefined())
        schema.insert(u"example"_s, m_example);
    return schema;
}

namespace {

bool looksLikeEmail(const QString &text)
{
    // The practical subset of RFC 5321 that mail systems accept: one @, a dotted domain, no spaces.
    static const QRegularExpression re(
            u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"_s);
    return text.size() <= 254 && !text.startsWith(u'.') && !text.contains(u".."_s)
            && re.match(text).hasMatch();
}

} // namespace

QJsonValue Field::check(const QString &name, const QJsonValue &input, FieldErrors &errors,
                        bool fromText) const
{
    QJsonValue value = input;
    if (value.isUndefined() || (value.isNull() && !m_nullable)
        || (fromText && value.isString() && value.toString().isEmpty())) {
        if (m_required)
            errors.add(u"%1 should not be empty"_s.arg(name));
        return QJsonValue::Undefined;
    }
    if (value.isNull())
        return QJsonValue::Null;

    auto fail = [&](const QString &what) {
        errors.add(u"%1 must be %2"_s.arg(name, what));
        return QJsonValue(QJsonValue::Undefined);
    };

    switch (m_kind) {
    case Kind::String:
    case Kind::Email:
    case Kind::Enum: {
        if (!value.isString())
            return fail(m_kind == Kind::Email ? u"an email"_s : u"a string"_s);
        QString text = value.toString();
        if (m_trim)
            text = text.trimmed();
        if (text.contains(QChar(0)))
            return fail(u"free of NUL characters"_s);
        if (m_kind == Kind::Enum) {
            if (!m_values.contains(text))
                return fail(u"one of the following values: %1"_s.arg(m_values.join(u", "_s)));
            return text;
        }
        if (m_required && text.isEmpty()) {
            errors.add(u"%1 should not be empty"_s.arg(name));
            return QJsonValue::Undefined;
        }
        if (text.size() > m_maxLength)
            return fail(u"shorter than or equal to %1 characters"_s.arg(m_maxLength));
        if (!text.isEmpty() && text.size() < m_minLength)
            return fail(u"longer than or equal to %1 characters"_s.arg(m_minLength));
        if (m_kind == Kind::Email) {
            if (!looksLikeEmail(text))
                return fail(u"an email"_s);
            return text.toLower();
        }
        if (!m_patternText.isEmpty() && !text.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(m_patternText));
            if (!re.match(text).hasMatch())
                return fail(m_patternDescription);
        }
        return text;
    }
    case Kind::Integer:
    case Kind::Number: {
        double number = 0;
        if (value.isDouble()) {
            number = value.toDouble();
        } else if (fromText && value.isString()) {
            bool ok = false;
            number = value.toString().trimmed().toDouble(&ok);
            if (!ok)
                return fail(m_kind == Kind::Integer ? u"an integer number"_s : u"a number"_s);
        } else {
            return fail(m_kind == Kind::Integer ? u"an integer number"_s : u"a number"_s);
        }
        if (!std::isfinite(number))
            return fail(u"a number"_s);
        if (m_kind == Kind::Integer && (number != std::floor(number) || std::fabs(number) > 9.0e15))
            return fail(u"an integer number"_s);
        if (number < m_minimum)
            return fail(u"not less than %1"_s.arg(m_minimum));
        if (number > m_maximum)
            return fail(u"not greater than %1"_s.arg(m_maximum));
        if (m_kind == Kind::Integer)
            return qint64(number);
        return number;
    }
    case Kind::Boolean:
        if (value.isBool())
            return value;
        if (fromText && value.isString()) {
            const QString text = value.toString().trimmed().toLower();
            if (text == u"true"_s || text == u"1"_s)
                return true;
            if (text == u"false"_s || text == u"0"_s)
                return false;
        }
        return fail(u"a boolean value"_s);
    case Kind::Date: {
        if (!value.isString())
            return fail(u"a date (YYYY-MM-DD)"_s);
        const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid() || date.year() < 1900 || date.year() > 2200)
            return fail(u"a date (YYYY-MM-DD)"_s);
        return date.toString(Qt::ISODate);
    }
    case Kind::DateTime: {
        if (!value.isString())
            return fail(u"an ISO 8601 date string"_s);
        QDateTime time = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
        if (!time.isValid())
            return fail(u"an ISO 8601 date string"_s);
        return time.toUTC().toString(Qt::ISODateWithMs);
    }
    case Kind::Array: {
        if (!value.isArray())
            return fail(u"an array"_s);
        const QJsonArray items = value.toArray();
        if (items.size() > m_maxLength)
            return fail(u"an array of at most %1 items"_s.arg(m_maxLength));
        QJsonArray out;
        const qsizetype before = errors.messages().size();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item
                    = m_item->check(u"%1[%2]"_s.arg(name).arg(i), items.at(i), errors, fromText);
            if (!item.isUndefined())
                out.append(item);
        }
        if (errors.messages().size() != before)
            return QJsonValue::Undefined;
        return out;
    }
    case Kind::Object: {
        if (!value.isObject())
            return fail(u"an object"_s);
        const qsizetype before = errors.messages().size();
        QJsonObject out = m_schema->validate(value.toObject(), errors, fromText, name + u'.');
        if (errors.messages().size() != before)
            return QJsonValue::Undefined;
        return out;
    }
    }
    return QJsonValue::Undefined;
}

Schema::Schema(std::initializer_list<std::pair<QString, Field>> fields)
    : m_fields(fields)
{ }

Schema Schema::plus(const Schema &other) const
{
    Schema merged = *this;
    for (const auto &field : other.m_fields)
        merged.m_fields.push_back(field);
    return merged;
}

QJsonObject Schema::openApi() const
{
    QJsonObject properties;
    QJsonArray required;
    for (const auto &[name, field] : m_fields) {
        properties.insert(name, field.openApi());
        if (field.isRequired())
            required.append(name);
    }
    QJsonObject schema { { u"type"_s, u"object"_s }, { u"properties"_s, properties } };
    if (!required.isEmpty())
        schema.insert(u"required"_s, required);
    return schema;
}

QJsonObject Schema::validate(const QJsonObject &input, FieldErrors &errors, bool fromText,
                             const QString &prefix) const
{
    QJsonObject out;
    for (const auto &[name, field] : m_fields) {
        const QJsonValue value = field.check(prefix + name, input.value(name), errors, fromText);
        if (!value.isUndefined())
            out.insert(name, value);
    }
    return out;
}

QJsonObject Schema::require(const QJsonObject &input) const
{
    FieldErrors errors;
    QJsonObject out = validate(input, errors);
    errors.throwIfAny();
    return out;
}

} // namespace wn
