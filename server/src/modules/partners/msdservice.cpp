// SPDX-License-Identifier: Apache-2.0
#include "msdservice.h"

#include "partnerservice.h"

#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace wn {

MsdService::MsdService(ServerContext &context, PartnerService &partners)
    : m_context(context)
    , m_partners(partners)
    , m_publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized)
    , m_secretKey(crypto_box_SECRETKEYBYTES, Qt::Uninitialized)
{
    // The key pair is derived from the server's secret, so every instance opens the same tokens
    // and a restart keeps the public key partners sealed to.
    const QByteArray seed = Keys::hmac(m_context.keys->partners, "msd-sealed-box-seed");
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()),
                            reinterpret_cast<unsigned char *>(m_secretKey.data()),
                            reinterpret_cast<const unsigned char *>(seed.constData()));
}

QJsonObject MsdService::queueRegistration(const Principal &key, const QJsonObject &input)
{
    const QString email = input.value(u"email"_s).toString();
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const qint64 job = m_context.jobs->enqueue(
            db, registerJob, { { u"email"_s, email }, { u"company_id"_s, *key.companyId } });
    tx.commit();
    return { { u"email"_s, email }, { u"status"_s, u"queued"_s }, { u"job_id"_s, job } };
}

void MsdService::registerInBackground(const QJsonObject &payload)
{
    const QString email = payload.value(u"email"_s).toString();
    const qint64 companyId = payload.value(u"company_id"_s).toInteger();
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    // Only an email is known: the local part stands in for a first name until the talent,
    // accepting the invitation, fills in the profile.
    m_partners.addTalent(db, companyId, PartnerService::partnerName(db, companyId),
                         { { u"email"_s, email },
                           { u"first_name"_s, email.section(u'@', 0, 0).left(100) },
                           { u"last_name"_s, QString() } });
    tx.commit();
}

QJsonObject MsdService::publicKey() const
{
    return { { u"public_key"_s, QString::fromLatin1(m_publicKey.toBase64()) },
             { u"algorithm"_s, u"libsodium crypto_box_seal (X25519, XSalsa20-Poly1305)"_s },
             { u"encoding"_s, u"base64 of the sealed box"_s } };
}

QJsonObject MsdService::decrypt(const QString &token) const
{
    const auto decoded = QByteArray::fromBase64Encoding(token.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray *sealed = decoded ? &decoded.decoded : nullptr;
    if (!sealed || sealed->size() <= int(crypto_box_SEALBYTES))
        throw ApiError::badRequest(QStringList { u"token must be a base64 sealed box"_s });
    QByteArray plain(sealed->size() - int(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(sealed->constData()),
                             size_t(sealed->size()),
                             reinterpret_cast<const unsigned char *>(m_publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(m_secretKey.constData()))
        != 0)
        throw ApiError::badRequest(QStringList {
                u"token was not sealed to Worknation's public key, or was altered"_s });
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(plain, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ApiError::badRequest(QStringList { u"token does not hold a JSON object"_s });
    return { { u"data"_s, document.object() } };
}

QJsonObject MsdService::profileResponses(const Principal &key, const QString &wnId)
{
    const QJsonObject profile = m_partners.read(key, wnId, PartnerRead::ProfileResponses);
    // The profile's questions, each with the talent's answer (null: not answered yet).
    const QList<std::pair<QString, QString>> questions {
        { u"headline"_s, u"How would you describe yourself in a line?"_s },
        { u"bio"_s, u"Tell employers about yourself"_s },
        { u"desired_career_level"_s, u"What level of role are you looking for?"_s },
        { u"salary_expectation"_s, u"What pay do you expect?"_s },
        { u"willing_to_relocate"_s, u"Would you relocate for a job?"_s },
        { u"job_preferences"_s, u"What kinds of work do you prefer?"_s },
        { u"skills"_s, u"Which skills do you have, and how well?"_s },
        { u"education"_s, u"Where did you study?"_s },
        { u"experience"_s, u"Where have you worked?"_s },
    };
    QJsonArray responses;
    for (const auto &[field, question] : questions) {
        const QJsonValue answer = profile.value(field);
        const bool answered = !(answer.isNull() || answer.isUndefined()
                                || (answer.isArray() && answer.toArray().isEmpty())
                                || (answer.isString() && answer.toString().isEmpty()));
        responses.append(QJsonObject { { u"question"_s, question },
                                       { u"field"_s, field },
                                       { u"answer"_s, answered ? answer : QJsonValue() } });
    }
    return { { u"wn_id"_s, wnId }, { u"responses"_s, responses } };
}

} // namespace wn
