// SPDX-License-Identifier: Apache-2.0
#include "backend.h"

#include "appsingleton.h"

#include "session.h"

#include <QFile>
#include <QHash>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackend, "worknation.client.backend")

namespace wn::client {

namespace {

struct Operation
{
    QByteArray method;
    QString path;
};

// Every request the client makes, by the name pages use.
const QHash<QString, Operation> &operations()
{
    static const QHash<QString, Operation> table {
        // Accounts
        { u"registerTalent"_s, { "POST", u"/api/v1/onboarding/talents/nigeria"_s } },
        { u"registerTalentAfrica"_s, { "POST", u"/api/v1/onboarding/talents/africa"_s } },
        { u"registerEmployer"_s, { "POST", u"/api/v1/onboarding/employers"_s } },
        { u"verifyEmail"_s, { "POST", u"/api/v1/auth/verify-email"_s } },
        { u"resendCode"_s, { "POST", u"/api/v1/auth/resend-token"_s } },
        { u"forgotPassword"_s, { "POST", u"/api/v1/auth/forgot-password"_s } },
        { u"resetPassword"_s, { "POST", u"/api/v1/auth/reset-password"_s } },
        { u"states"_s, { "GET", u"/api/v1/countries/{code}/states"_s } },
        { u"industries"_s, { "GET", u"/api/v1/industries"_s } },
        // Jobs and applications, the talent's side
        { u"publicJobs"_s, { "GET", u"/api/v1/jobs/landing"_s } },
        { u"recommendedJobs"_s, { "GET", u"/api/v1/jobs/recommendations"_s } },
        { u"job"_s, { "GET", u"/api/v1/jobs/{id}"_s } },
        { u"jobQuestions"_s, { "GET", u"/api/v1/jobs/{id}/questions"_s } },
        { u"applicationStatus"_s, { "GET", u"/api/v1/jobs/{id}/application-status"_s } },
        { u"applyToJob"_s, { "POST", u"/api/v1/jobs/{id}/applications"_s } },
        { u"myApplications"_s, { "GET", u"/api/v1/applications/mine"_s } },
        { u"application"_s, { "GET", u"/api/v1/applications/{id}"_s } },
        { u"withdrawApplication"_s, { "POST", u"/api/v1/applications/{id}/withdraw"_s } },
        { u"talentDashboard"_s, { "GET", u"/api/v1/talents/me/dashboard"_s } },
        { u"myProfile"_s, { "GET", u"/api/v1/talents/me/profile"_s } },
        { u"updateMyProfile"_s, { "PATCH", u"/api/v1/talents/me/profile"_s } },
        { u"profileCompletion"_s, { "GET", u"/api/v1/users/{me}/profile-completion"_s } },
        { u"avatar"_s, { "POST", u"/api/v1/users/me/avatar"_s } },
        { u"trainings"_s, { "GET", u"/api/v1/trainings"_s } },
        { u"applyToTraining"_s, { "POST", u"/api/v1/trainings/{id}/applications"_s } },
        { u"myTrainingApplications"_s, { "GET", u"/api/v1/talents/me/training-applications"_s } },
        // The employer's side
        { u"employerDashboard"_s, { "GET", u"/api/v1/employers/me/dashboard"_s } },
        { u"companyJobs"_s, { "GET", u"/api/v1/jobs/mine"_s } },
        { u"createJob"_s, { "POST", u"/api/v1/jobs"_s } },
        { u"updateJob"_s, { "PATCH", u"/api/v1/jobs/{id}"_s } },
        { u"setJobStatus"_s, { "PATCH", u"/api/v1/jobs/{id}/status"_s } },
        { u"jobApplicants"_s, { "GET", u"/api/v1/jobs/{id}/applicants"_s } },
        { u"moveApplication"_s, { "PATCH", u"/api/v1/applications/{id}/status"_s } },
        { u"remarkApplication"_s, { "POST", u"/api/v1/applications/{id}/remark"_s } },
        { u"companyTrainings"_s, { "GET", u"/api/v1/employers/me/trainings"_s } },
        { u"createTraining"_s, { "POST", u"/api/v1/trainings"_s } },
        { u"setTrainingStatus"_s, { "PATCH", u"/api/v1/trainings/{id}/status"_s } },
        { u"trainingApplicants"_s, { "GET", u"/api/v1/trainings/{id}/applications"_s } },
        { u"moveTrainingApplication"_s,
          { "PATCH", u"/api/v1/training-applications/{id}/status"_s } },
        { u"myCompanies"_s, { "GET", u"/api/v1/companies"_s } },
        { u"updateCompany"_s, { "PATCH", u"/api/v1/companies/{id}"_s } },
        { u"contactPersons"_s, { "GET", u"/api/v1/companies/{id}/contact-persons"_s } },
        { u"addContactPerson"_s, { "POST", u"/api/v1/companies/{id}/contact-persons"_s } },
        { u"removeContactPerson"_s,
          { "DELETE", u"/api/v1/companies/{id}/contact-persons/{contactId}"_s } },
        // Administration
        { u"statistics"_s, { "GET", u"/api/v1/admin/statistics"_s } },
        { u"talents"_s, { "GET", u"/api/v1/admin/talents"_s } },
        { u"employers"_s, { "GET", u"/api/v1/admin/employers"_s } },
        { u"testimonials"_s, { "GET", u"/api/v1/testimonials"_s } },
        { u"approveTestimonial"_s, { "POST", u"/api/v1/testimonials/users/{userId}/approve"_s } },
        { u"rejectTestimonial"_s, { "POST", u"/api/v1/testimonials/users/{userId}/reject"_s } },
        { u"importUsers"_s, { "POST", u"/api/v1/admin/user-imports"_s } },
        { u"userImport"_s, { "GET", u"/api/v1/admin/user-imports/{id}"_s } },
        // Everyone
        { u"notifications"_s, { "GET", u"/api/v1/notifications"_s } },
        { u"notificationStats"_s, { "GET", u"/api/v1/notifications/stats"_s } },
        { u"markNotificationsRead"_s, { "POST", u"/api/v1/notifications/mark-read"_s } },
        { u"markAllNotificationsRead"_s, { "POST", u"/api/v1/notifications/mark-all-read"_s } },
        { u"chats"_s, { "GET", u"/api/v1/chat/users/{me}/chats"_s } },
        { u"chatPeople"_s, { "GET", u"/api/v1/chat/users"_s } },
        { u"openChat"_s, { "POST", u"/api/v1/chat/chats"_s } },
        { u"chatMessages"_s, { "GET", u"/api/v1/chat/chats/{id}/messages"_s } },
    };
    return table;
}

QString queryValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toInteger(qint64(value.toDouble())));
    return value.toString();
}

} // namespace

Backend::Backend(QObject *parent)
    : QObject(parent)
{ }

Backend *Backend::instance()
{
    return appSingleton<Backend>([] { return new Backend(); });
}

Backend *Backend::create(QQmlEngine *, QJSEngine *engine)
{
    Backend *backend = instance();
    backend->m_engine = engine;
    return backend;
}

std::optional<ResolvedCall> Backend::resolve(const QString &name, const QJsonObject &arguments)
{
    const auto found = operations().constFind(name);
    if (found == operations().constEnd())
        return std::nullopt;
    ResolvedCall call { found->method, found->path, arguments };
    call.path.replace(u"{me}"_s,
                      QString::number(Session::instance()->user().value(u"id"_s).toLongLong()));
    static const QRegularExpression parameter(u"\\{(\\w+)\\}"_s);
    for (QRegularExpressionMatchIterator it = parameter.globalMatch(found->path); it.hasNext();) {
        const QString key = it.next().captured(1);
        if (key == u"me"_s)
            continue;
        const QString value
                = QString::fromUtf8(QUrl::toPercentEncoding(queryValue(call.rest.take(key))));
        call.path.replace(u'{' + key + u'}', value);
    }
    if (call.method == "GET" && !call.rest.isEmpty()) {
        QUrlQuery query;
        for (auto it = call.rest.constBegin(); it != call.rest.constEnd(); ++it) {
            const QString value = queryValue(it.value());
            if (!value.isEmpty() && !it.value().isNull())
                query.addQueryItem(it.key(), value);
        }
        if (!query.isEmpty())
            call.path += u'?' + query.toString(QUrl::FullyEncoded);
        call.rest = {};
    }
    return call;
}

void Backend::call(const QString &name, const QVariantMap &arguments, const QJSValue &done)
{
    const auto resolved = resolve(name, QJsonObject::fromVariantMap(arguments));
    if (!resolved) {
        qCWarning(lcBackend) << "no operation named" << name;
        finish(done, -1, { { u"message"_s, u"The client has no operation named %1."_s.arg(name) } });
        return;
    }
    Session::instance()->api()->send(resolved->method, resolved->path, resolved->rest,
                                     replyTo(done));
}

void Backend::upload(const QString &name, const QUrl &file, const QJSValue &done)
{
    const auto resolved = resolve(name, {});
    QFile source(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!resolved || !source.open(QIODevice::ReadOnly)) {
        finish(done, -1,
               { { u"message"_s,
                   resolved ? u"%1 cannot be read."_s.arg(source.fileName())
                            : u"The client has no operation named %1."_s.arg(name) } });
        return;
    }
    const QByteArray bytes = source.readAll();
    const QByteArray type
            = QMimeDatabase().mimeTypeForFileNameAndData(source.fileName(), bytes).name().toUtf8();
    Session::instance()->api()->sendBytes(resolved->method, resolved->path, bytes, type,
                                          replyTo(done));
}

ApiClient::Callback Backend::replyTo(const QJSValue &done)
{
    return [this, guard = QPointer<Backend>(this), done](int status, const QJsonObject &body) {
        if (guard)
            finish(done, status, body);
    };
}

void Backend::finish(QJSValue done, int status, const QJsonObject &body)
{
    if (!done.isCallable())
        return;
    const bool ok = status >= 200 && status < 300;
    const QString error = ok ? QString() : ApiClient::errorMessage(status, body);
    const QJSValue value = m_engine ? m_engine->toScriptValue(body.toVariantMap()) : QJSValue();
    done.call({ QJSValue(error), value });
}

} // namespace wn::client
