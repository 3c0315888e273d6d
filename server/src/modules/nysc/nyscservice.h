// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "smsprovider.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>

namespace wn {

struct ServerContext;
struct Principal;

/**
 * @brief A talent proves an NYSC call-up number with a six-digit code: valid ten minutes, five
 * tries, at most three sent per number and five per talent an hour, sent by mail (and by SMS
 * when a gateway is configured, at most three an hour to one phone). A verified number belongs
 * to one account, checked again in the transaction that proves it.
 */
class NyscService
{
public:
    NyscService(ServerContext &context, std::unique_ptr<SmsProvider> sms);

    static constexpr int codeTtlSeconds = 10 * 60;
    static constexpr int maxTries = 5;
    static constexpr int sendsPerNumberHourly = 3;
    static constexpr int sendsPerTalentHourly = 5;
    /** Codes sent by SMS to one phone an hour, whichever talents ask. */
    static constexpr int sendsPerPhoneHourly = 3;

    QJsonObject requestCode(const Principal &talent, const QJsonObject &input);
    QJsonObject verify(const Principal &talent, const QJsonObject &input);

private:
    QString digest(qint64 userId, const QString &number, const QString &code) const;

    ServerContext &m_context;
    std::unique_ptr<SmsProvider> m_sms;
};

} // namespace wn
