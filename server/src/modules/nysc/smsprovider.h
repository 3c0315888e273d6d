// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace wn {

/** @brief Sends text messages; an SMS gateway's adapter implements it. */
class SmsProvider
{
public:
    virtual ~SmsProvider() = default;
    /** Whether messages can be sent at all (a gateway is configured). */
    virtual bool available() const = 0;
    /** Sends @p text to @p phoneNumber (international form); throws ApiError 502 on failure. */
    virtual void send(const QString &phoneNumber, const QString &text) = 0;
};

/** @brief No SMS gateway: codes go by mail only, and the answer says so. */
class NoSmsProvider : public SmsProvider
{
public:
    bool available() const override { return false; }
    void send(const QString &, const QString &) override { }
};

} // namespace wn
