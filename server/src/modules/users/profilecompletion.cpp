// SPDX-License-Identifier: Apache-2.0
#include "profilecompletion.h"

#include "core/database.h"
#include "modules/profiles/profileservice.h"

#include <wn/common/apierror.h>
#include <wn/common/roles.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

QJsonObject profileCompletion(QSqlDatabase db, qint64 userId)
{
    const SqlRow user
            = Sql(db,
                  u"SELECT u.role, u.first_name, u.last_name, u.phone_number, u.email_verified_at, "
                  u"u.avatar_key, "
                  "u.country_code, u.state, u.date_of_birth, u.gender, u.bvn_verified_at, "
                  "u.nin_verified_at, "
                  "c.industry, c.address, c.website, c.logo_key, c.tin_verified_at FROM users u "
                  "LEFT JOIN companies c ON c.id = u.company_id WHERE u.id = :id AND u.deleted_at IS NULL"_s)
                      .bind(u":id"_s, userId)
                      .found(u"User not found"_s);
    // Whether the column holds more than blanks.
    const auto filled = [&user](const QString &column) {
        return !user.isNull(column) && !user.text(column).trimmed().isEmpty();
    };
    const Role role = roleFromName(user.text(u"role"_s)).value_or(Role::Talent);

    struct Item
    {
        QString key;
        QString label;
        int weight;
        bool done;
    };
    QList<Item> items {
        { u"name"_s, u"Your first and last name"_s, 10,
          filled(u"first_name"_s) && filled(u"last_name"_s) },
        { u"phone_number"_s, u"A phone number"_s, 10, filled(u"phone_number"_s) },
        { u"email_verified"_s, u"A verified email address"_s, 15, filled(u"email_verified_at"_s) },
    };
    if (role == Role::Talent) {
        items += {
            { u"avatar"_s, u"A profile picture"_s, 15, filled(u"avatar_key"_s) },
            { u"location"_s, u"Your country and state"_s, 10,
              filled(u"country_code"_s) && filled(u"state"_s) },
            { u"date_of_birth"_s, u"Your date of birth"_s, 10, filled(u"date_of_birth"_s) },
            { u"gender"_s, u"Your gender"_s, 5, filled(u"gender"_s) },
            { u"identity"_s, u"A verified BVN or NIN"_s, 25,
              filled(u"bvn_verified_at"_s) || filled(u"nin_verified_at"_s) },
        };
        const TalentProfileFacts profile = TalentProfileService::facts(db, userId);
        items += {
            { u"skills"_s, u"At least three skills with your level in each"_s, 15,
              profile.skills >= 3 },
            { u"education"_s, u"Your education"_s, 10, profile.education },
            { u"experience"_s, u"Your work experience"_s, 10, profile.experience },
            { u"job_preferences"_s, u"The kinds of work you are looking for"_s, 10,
              profile.jobPreferences },
            { u"intro_video"_s, u"A short video introducing yourself"_s, 10, profile.introVideo },
        };
    } else if (role == Role::Employer || role == Role::Sponsor) {
        items += {
            { u"logo"_s, u"Your company's logo"_s, 15,
              filled(u"logo_key"_s) || filled(u"avatar_key"_s) },
            { u"industry"_s, u"Your company's industry"_s, 10, filled(u"industry"_s) },
            { u"address"_s, u"Your company's address"_s, 10, filled(u"address"_s) },
            { u"website"_s, u"Your company's website"_s, 10, filled(u"website"_s) },
            { u"tin_verified"_s, u"A verified TIN"_s, 20, filled(u"tin_verified_at"_s) },
        };
    } else {
        items += { { u"avatar"_s, u"A profile picture"_s, 15, filled(u"avatar_key"_s) } };
    }

    int total = 0;
    int earned = 0;
    QJsonArray completed;
    QJsonArray missing;
    const Item *next = nullptr;
    for (const Item &item : std::as_const(items)) {
        total += item.weight;
        const QJsonObject json { { u"item"_s, item.key },
                                 { u"label"_s, item.label },
                                 { u"weight"_s, item.weight } };
        if (item.done) {
            earned += item.weight;
            completed.append(json);
        } else {
            missing.append(json);
            if (!next || item.weight > next->weight)
                next = &item;
        }
    }
    const int percentage = total > 0 ? (earned * 100 + total / 2) / total : 100;
    return { { u"percentage"_s, percentage },
             { u"completed"_s, completed },
             { u"missing"_s, missing },
             { u"next"_s,
               next ? QJsonValue(QJsonObject { { u"item"_s, next->key },
                                               { u"label"_s, next->label },
                                               { u"weight"_s, next->weight } })
                    : QJsonValue(QJsonValue::Null) } };
}

} // namespace wn
