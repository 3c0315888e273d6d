// SPDX-License-Identifier: Apache-2.0
#include "identityservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QStringList nameWords(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
    QString plain;
    for (QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            plain.append(c);
        else if (c.isSpace() || c.isPunct())
            plain.append(u' ');
    }
    static const QStringList noise { u"ltd"_s, u"limited"_s, u"plc"_s, u"inc"_s, u"llc"_s,
                                     u"nig"_s, u"nigeria"_s, u"the"_s, u"co"_s,  u"company"_s };
    QStringList words = plain.split(u' ', Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return noise.contains(w); });
    std::sort(words.begin(), words.end());
    return words;
}

} // namespace

bool sameName(const QString &a, const QString &b)
{
    const QStringList left = nameWords(a);
    return !left.isEmpty() && left == nameWords(b);
}

IdentityService::IdentityService(ServerContext &context, std::unique_ptr<IdentityProvider> provider)
    : m_context(context)
    , m_provider(std::move(provider))
{ }

void IdentityService::record(Transaction &tx, QSqlDatabase db, const Principal &principal,
                             IdentityKind kind, const QString &number, const QString &failure)
{
    const bool company = kind == IdentityKind::Tin;
    insertRow(db, u"identity_checks"_s,
              { { u"user_id"_s, principal.userId },
                { u"company_id"_s,
                  company && principal.companyId ? QVariant(*principal.companyId)
                                                 : QVariant(QMetaType::fromType<qint64>()) },
                { u"kind"_s, identityKindName(kind) },
                { u"masked_value"_s, maskIdentity(number) },
                { u"value_hash"_s, identityDigest(m_context, kind, number) },
                { u"status"_s, failure.isEmpty() ? u"verified"_s : u"failed"_s },
                { u"provider"_s, m_provider->name() },
                { u"detail"_s, failure },
                { u"created_at"_s, nowText() } });
    if (!failure.isEmpty()) {
        tx.commit();
        throw ApiError::unprocessable(failure);
    }
}

QJsonObject IdentityService::verifyPerson(const Principal &principal, IdentityKind kind,
                                          const QString &number, const QString &dateOfBirth)
{
    const QString label = identityKindName(kind).toUpper();
    QSqlDatabase db = m_context.db();
    const QString hash = identityDigest(m_context, kind, number);
    const std::optional<SqlRow> claimed
            = Sql(db,
                  u"SELECT user_id FROM identity_claims WHERE kind = :kind AND value_hash = :hash"_s)
                      .bind(u":kind"_s, identityKindName(kind))
                      .bind(u":hash"_s, hash)
                      .one();
    if (claimed) {
        if (claimed->id(u"user_id"_s) == principal.userId)
            throw ApiError::conflict(u"This %1 is already verified for your account"_s.arg(label));
        throw ApiError::conflict(u"This %1 is already verified for another account"_s.arg(label));
    }

    const SqlRow me
            = Sql(db, u"SELECT first_name, last_name, date_of_birth FROM users WHERE id = :id"_s)
                      .bind(u":id"_s, principal.userId)
                      .single();
    const QString accountName = me.text(u"first_name"_s) + u' ' + me.text(u"last_name"_s);
    const QString accountDob = me.text(u"date_of_birth"_s);

    const IdentityRecord found = m_provider->lookup(db, kind, number);
    QString failure;
    if (!found.found)
        failure = u"No %1 record matches this number"_s.arg(label);
    else if (!sameName(accountName, found.firstName + u' ' + found.lastName))
        failure = u"The name on the %1 record does not match the name on your account"_s.arg(label);
    // Both the account's date of birth and the one sent must match: a date claimed in the
    // request does not stand in for the account's.
    else if (!found.dateOfBirth.isEmpty()
             && ((!accountDob.isEmpty() && accountDob != found.dateOfBirth)
                 || (!dateOfBirth.isEmpty() && dateOfBirth != found.dateOfBirth)))
        failure = u"The date of birth on the %1 record does not match"_s.arg(label);

    Transaction tx(db);
    record(tx, db, principal, kind, number, failure);
    const QString now = nowText();
    insertRow(db, u"identity_claims"_s,
              { { u"kind"_s, identityKindName(kind) },
                { u"value_hash"_s, hash },
                { u"user_id"_s, principal.userId },
                { u"verified_at"_s, now } });
    Sql(db,
        kind == IdentityKind::Bvn
                ? u"UPDATE users SET bvn_verified_at = :now, updated_at = :now WHERE id = :id"_s
                : u"UPDATE users SET nin_verified_at = :now, updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, principal.userId)
            .exec();
    tx.commit();
    return { { u"kind"_s, identityKindName(kind) },
             { u"status"_s, u"verified"_s },
             { u"masked_value"_s, maskIdentity(number) },
             { u"verified_at"_s, now },
             { u"provider"_s, m_provider->name() } };
}

QJsonObject IdentityService::verifyCompany(const Principal &principal, const QString &tin)
{
    if (!principal.companyId)
        throw ApiError::forbidden(u"Only an account with a company can verify a TIN"_s);
    QSqlDatabase db = m_context.db();
    const QString hash = identityDigest(m_context, IdentityKind::Tin, tin);
    const std::optional<SqlRow> claimed
            = Sql(db,
                  u"SELECT company_id FROM identity_claims WHERE kind = 'tin' AND value_hash = :hash"_s)
                      .bind(u":hash"_s, hash)
                      .one();
    if (claimed) {
        throw ApiError::conflict(claimed->id(u"company_id"_s) == *principal.companyId
                                         ? u"This TIN is already verified for your company"_s
                                         : u"This TIN is already verified for another company"_s);
    }
    const QString companyName = Sql(db, u"SELECT name FROM companies WHERE id = :id"_s)
                                        .bind(u":id"_s, *principal.companyId)
                                        .scalar()
                                        .toString();

    const IdentityRecord found = m_provider->lookup(db, IdentityKind::Tin, tin);
    QString failure;
    if (!found.found)
        failure = u"No TIN record matches this number"_s;
    else if (!sameName(companyName, found.companyName))
        failure = u"The TIN is registered to a company of another name"_s;

    Transaction tx(db);
    record(tx, db, principal, IdentityKind::Tin, tin, failure);
    const QString now = nowText();
    insertRow(db, u"identity_claims"_s,
              { { u"kind"_s, u"tin"_s },
                { u"value_hash"_s, hash },
                { u"company_id"_s, *principal.companyId },
                { u"verified_at"_s, now } });
    Sql(db,
        u"UPDATE companies SET tin_masked = :masked, tin_verified_at = :now, updated_at = :now WHERE id = :id"_s)
            .bind(u":masked"_s, maskIdentity(tin))
            .bind(u":now"_s, now)
            .bind(u":id"_s, *principal.companyId)
            .exec();
    tx.commit();
    return { { u"kind"_s, u"tin"_s },
             { u"status"_s, u"verified"_s },
             { u"masked_value"_s, maskIdentity(tin) },
             { u"verified_at"_s, now },
             { u"provider"_s, m_provider->name() } };
}

QJsonObject IdentityService::loadRegistry(const QJsonArray &records)
{
    static const QRegularExpression elevenDigits(u"^[0-9]{11}$"_s);
    static const QRegularExpression tinPattern(u"^([0-9]{10}|[0-9]{8}-[0-9]{4})$"_s);
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    int loaded = 0;
    QJsonArray refused;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject r = records.at(i).toObject();
        const QString kindText = r.value(u"kind"_s).toString();
        const QString number = r.value(u"number"_s).toString().trimmed();
        QString problem;
        const std::optional<IdentityKind> kind = identityKindNamed(kindText);
        if (!kind) {
            problem = u"kind must be bvn, nin or tin"_s;
        } else if (*kind == IdentityKind::Tin) {
            if (!tinPattern.match(number).hasMatch())
                problem = u"number must be NNNNNNNNNN or NNNNNNNN-NNNN"_s;
            else if (r.value(u"company_name"_s).toString().isEmpty())
                problem = u"company_name is required"_s;
        } else {
            if (!elevenDigits.match(number).hasMatch())
                problem = u"number must be 11 digits"_s;
            else if (r.value(u"first_name"_s).toString().isEmpty()
                     || r.value(u"last_name"_s).toString().isEmpty())
                problem = u"first_name and last_name are required"_s;
        }
        if (!problem.isEmpty()) {
            refused.append(QJsonObject { { u"index"_s, i }, { u"reason"_s, problem } });
            continue;
        }
        insertRow(db, u"identity_registry"_s,
                  { { u"kind"_s, kindText },
                    { u"value_hash"_s, identityDigest(m_context, *kind, number) },
                    { u"masked_value"_s, maskIdentity(number) },
                    { u"first_name"_s, r.value(u"first_name"_s).toString().left(100) },
                    { u"last_name"_s, r.value(u"last_name"_s).toString().left(100) },
                    { u"date_of_birth"_s, r.value(u"date_of_birth"_s).toString().left(10) },
                    { u"company_name"_s, r.value(u"company_name"_s).toString().left(200) },
                    { u"loaded_at"_s, nowText() } },
                  onConflictUpdate(u"kind, value_hash"_s,
                                   { u"first_name"_s, u"last_name"_s, u"date_of_birth"_s,
                                     u"company_name"_s, u"loaded_at"_s }));
        ++loaded;
    }
    tx.commit();
    return { { u"loaded"_s, loaded }, { u"refused"_s, refused } };
}

} // namespace wn
