// SPDX-License-Identifier: Apache-2.0
#include "wn/common/notifications.h"

#include "wn/common/workflows.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The words of a notification in its reader's language. */
struct Say
{
    const Translate &translate;

    QString operator()(const char *text) const { return in("Notification", text); }
    QString in(const char *context, const char *text) const
    {
        return translate ? translate(context, text) : QCoreApplication::translate(context, text);
    }
};

/** A status and the title that tells of it. */
struct Told
{
    QStringView status;
    const char *title;
};

/** How a talent hears that the company moved their job application (%1: the job's title). */
constexpr std::array jobApplicationTitles {
    Told { u"applied", QT_TRANSLATE_NOOP("Notification", "Your application for %1 was received") },
    Told { u"shortlisted",
           QT_TRANSLATE_NOOP("Notification", "Your application for %1 was shortlisted") },
    Told { u"interview",
           QT_TRANSLATE_NOOP("Notification", "Your application for %1 moved to interview") },
    Told { u"offered",
           QT_TRANSLATE_NOOP("Notification", "Your application for %1 received an offer") },
    Told { u"hired",
           QT_TRANSLATE_NOOP("Notification",
                             "Your application for %1 ended in a hire: congratulations") },
    Told { u"rejected",
           QT_TRANSLATE_NOOP("Notification", "Your application for %1 was not successful") },
    Told { u"withdrawn",
           QT_TRANSLATE_NOOP("Notification", "Your application for %1 was withdrawn") },
};

/** The words of an offer application's move (%1: the offer's title, %2: the reason given). */
struct OfferWords
{
    QStringView status;
    const char *title;
    const char *body;
};

constexpr std::array trainingWords {
    OfferWords { u"accepted", QT_TRANSLATE_NOOP("Notification", "Training application accepted"),
                 QT_TRANSLATE_NOOP("Notification", "Your application for \"%1\" was accepted.") },
    OfferWords { u"completed", QT_TRANSLATE_NOOP("Notification", "Training completed"),
                 QT_TRANSLATE_NOOP("Notification", "You have completed \"%1\". Congratulations!") },
    // Any other move the company makes ends the application.
    OfferWords { u"", QT_TRANSLATE_NOOP("Notification", "Training application not successful"),
                 QT_TRANSLATE_NOOP("Notification",
                                   "Your application for \"%1\" was not successful: %2") },
};

constexpr std::array internshipWords {
    OfferWords { u"approved", QT_TRANSLATE_NOOP("Notification", "Internship application approved"),
                 QT_TRANSLATE_NOOP("Notification",
                                   "Welcome aboard: your application for \"%1\" was approved.") },
    OfferWords { u"completed", QT_TRANSLATE_NOOP("Notification", "Internship completed"),
                 QT_TRANSLATE_NOOP("Notification",
                                   "You have completed the internship \"%1\". Well done!") },
    OfferWords { u"", QT_TRANSLATE_NOOP("Notification", "Internship application not successful"),
                 QT_TRANSLATE_NOOP("Notification",
                                   "Your application for \"%1\" was not successful: %2") },
};

template<std::size_t N>
NotificationWords offerMove(const Say &said, const std::array<OfferWords, N> &words,
                            const QString &status, const QString &offer, const QString &reason)
{
    for (const OfferWords &word : words) {
        if (word.status != status && !word.status.isEmpty())
            continue;
        // Only the refusal (the row without a status) names the reason given, as %2.
        const QString body = said(word.body);
        return { said(word.title),
                 word.status.isEmpty() ? body.arg(offer, reason) : body.arg(offer) };
    }
    return {};
}

NotificationWords jobApplication(const Say &said, const QString &status, const QString &job,
                                 const QString &reason)
{
    const auto told = std::find_if(jobApplicationTitles.begin(), jobApplicationTitles.end(),
                                   [&status](const Told &t) { return t.status == status; });
    if (told == jobApplicationTitles.end())
        return {};
    // People read the status and the reason in words, never their codes.
    const char *label = statusLabel(status);
    const QString shown = label ? said.in("Status", label) : status;
    const char *why = reasonLabel(reason);
    return { said(told->title).arg(job),
             why ? said(QT_TRANSLATE_NOOP("Notification", "Status: %1 (%2)"))
                             .arg(shown, said.in("Reason", why))
                 : said(QT_TRANSLATE_NOOP("Notification", "Status: %1")).arg(shown) };
}

/** How an applicant hears of a sponsor's decision (%1: the sponsorship's title). */
NotificationWords sponsorship(const Say &said, const QString &status, const QString &title,
                              const QJsonObject &data)
{
    const QString reason = data.value(u"reason"_s).toString();
    if (status == u"cancelled"_s)
        return { said(QT_TRANSLATE_NOOP("Notification", "Your application to %1 was cancelled"))
                         .arg(title),
                 reason };
    if (status == u"pending"_s)
        return { said(QT_TRANSLATE_NOOP("Notification",
                                        "Your application to %1 is under review again"))
                         .arg(title),
                 reason.isEmpty() ? said(
                         QT_TRANSLATE_NOOP("Notification", "The sponsor reopened your application"))
                                  : reason };
    if (status == u"rejected"_s)
        return { said(QT_TRANSLATE_NOOP("Notification", "Your application to %1 was not approved"))
                         .arg(title),
                 reason };
    if (status == u"approved"_s)
        return {
            said(QT_TRANSLATE_NOOP("Notification", "Your application to %1 was approved")).arg(title),
            said(QT_TRANSLATE_NOOP("Notification",
                                   "Congratulations: the sponsor approved your application"))
        };
    if (status == u"in_review"_s)
        return { said(QT_TRANSLATE_NOOP("Notification",
                                        "Your application to %1 moved to the next review"))
                         .arg(title),
                 said(QT_TRANSLATE_NOOP("Notification",
                                        "It passed level %1 (%2) and is now at level %3 (%4)"))
                         .arg(QString::number(data.value(u"passed_level"_s).toInt()),
                              data.value(u"passed_level_name"_s).toString(),
                              QString::number(data.value(u"level"_s).toInt()),
                              data.value(u"level_name"_s).toString()) };
    return {};
}

/** The words of @p type; @p complete is cleared when @p data lacks a fact they name. */
NotificationWords wordsOf(const Say &said, const QString &type, const QJsonObject &data,
                          const QString &ownText, bool &complete)
{
    const auto fact = [&data, &complete](const QString &key) {
        complete = complete && data.contains(key);
        return data.value(key).toString();
    };
    const QString status = data.value(u"status"_s).toString();
    const QString reason = data.value(u"reason"_s).toString(); // none is a reason too
    if (type == u"application_status"_s)
        return jobApplication(said, status, fact(u"job_title"_s), reason);
    if (type == u"training_application"_s)
        return offerMove(said, trainingWords, status, fact(u"training_title"_s), reason);
    if (type == u"internship_application"_s)
        return offerMove(said, internshipWords, status, fact(u"internship_title"_s), reason);
    if (type == u"sponsorship_application"_s)
        return sponsorship(said, status, fact(u"sponsorship_title"_s), data);
    if (type == u"lms_enrolment_approved"_s)
        return { said(QT_TRANSLATE_NOOP("Notification", "Enrolment approved")),
                 said(QT_TRANSLATE_NOOP("Notification", "You are enrolled in %1."))
                         .arg(fact(u"course_name"_s)) };
    if (type == u"lms_enrolment_declined"_s)
        return { said(QT_TRANSLATE_NOOP("Notification", "Enrolment declined")),
                 said(QT_TRANSLATE_NOOP("Notification", "Your request to join %1 was declined: %2"))
                         .arg(fact(u"course_name"_s), reason) };
    if (type == u"lms_course_completed"_s && data.contains(u"talent_name"_s)) // to a sponsor
        return { said(QT_TRANSLATE_NOOP("Notification", "A talent you sponsor completed a course")),
                 said(QT_TRANSLATE_NOOP("Notification", "%1 completed %2."))
                         .arg(fact(u"talent_name"_s), fact(u"course_name"_s)) };
    if (type == u"lms_course_completed"_s)
        return { said(QT_TRANSLATE_NOOP("Notification", "Course completed")),
                 said(QT_TRANSLATE_NOOP("Notification",
                                        "%1 is now on your profile as a verified course."))
                         .arg(fact(u"course_name"_s)) };
    if (type == u"saved_search_matches"_s) {
        const int count = data.value(u"count"_s).toInt();
        return { said(QT_TRANSLATE_NOOP("Notification", "New candidates for \u201c%1\u201d"))
                         .arg(fact(u"saved_search_name"_s)),
                 count == 1 ? said(QT_TRANSLATE_NOOP("Notification",
                                                     "1 new talent matches your saved search."))
                            : said(QT_TRANSLATE_NOOP("Notification",
                                                     "%1 new talents match your saved search."))
                                      .arg(count) };
    }
    if (type == u"chat_message"_s)
        return { said(QT_TRANSLATE_NOOP("Notification", "New message from %1"))
                         .arg(fact(u"sender_name"_s)),
                 ownText };
    return {};
}

} // namespace

NotificationWords notificationWords(const QString &type, const QJsonObject &data,
                                    const NotificationWords &stored, const Translate &translate)
{
    bool complete = true;
    NotificationWords words = wordsOf(Say { translate }, type, data, stored.body, complete);
    return complete && !words.title.isEmpty() ? words : stored;
}

} // namespace wn
