// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wn {

/**
 * @brief A job as lists and searches show it: what the server's job card holds and the desktop
 * client's job list reads. toJson() is the card of the API (snake_case keys; a text or amount the
 * job does not give is null); fromJson() reads it back. Times stay the texts the server wrote.
 */
struct JobCard
{
    Q_GADGET
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString slug MEMBER slug)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString jobType MEMBER jobType)
    Q_PROPERTY(QString workMode MEMBER workMode)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString companyName READ companyName)
    /** The state, else the country's code: where the job is, in a word. */
    Q_PROPERTY(QString place READ place)

public:
    /** The company as the card shows it. */
    struct Company
    {
        qint64 id = 0;
        QString name;
        std::optional<QString> logoUrl;
        friend bool operator==(const Company &, const Company &) = default;
    };
    struct Location
    {
        QString countryCode;
        std::optional<QString> state;
        std::optional<QString> city;
        friend bool operator==(const Location &, const Location &) = default;
    };
    struct Salary
    {
        std::optional<qint64> min;
        std::optional<qint64> max;
        QString currency;
        QString period;
        friend bool operator==(const Salary &, const Salary &) = default;
    };
    struct Skill
    {
        qint64 id = 0;
        QString name;
        friend bool operator==(const Skill &, const Skill &) = default;
    };

    qint64 id = 0;
    qint64 openings = 0;
    QString slug;
    QString title;
    QString jobType;
    QString workMode;
    QString status;
    QString createdAt;
    QString updatedAt;
    std::optional<QString> summary;
    std::optional<QString> careerLevel;
    std::optional<QString> industry;
    std::optional<QString> deadline;
    std::optional<QString> publishedAt;
    std::optional<QString> closedAt;
    Location location;
    Salary salary;
    Company company;
    QList<Skill> skills;

    QString companyName() const { return company.name; }
    QString place() const;

    QJsonObject toJson() const;
    /** The card @p json describes; nullopt when it has no numeric id. */
    static std::optional<JobCard> fromJson(const QJsonObject &json);

    friend bool operator==(const JobCard &, const JobCard &) = default;
};

} // namespace wn

Q_DECLARE_METATYPE(wn::JobCard)
