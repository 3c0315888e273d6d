// SPDX-License-Identifier: Apache-2.0
// Writes the vocabulary the desktop client reads from common/ as JSON for the web portal's build:
// the operations (method and path by name), every workflow's statuses and moves, the words people
// read for statuses, moves, refusal reasons, choices (the languages among them) and roles, and the
// rules of the forms.
// worknation-web-vocabulary OUTPUT.json
#include <wn/common/forms.h>
#include <wn/common/operations.h>
#include <wn/common/roles.h>
#include <wn/common/workflows.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject operations()
{
    QJsonObject all;
    const auto &table = wn::clientOperations();
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        all.insert(it.key(),
                   QJsonObject { { u"method"_s, QString::fromLatin1(it->method) },
                                 { u"path"_s, it->path } });
    return all;
}

QJsonArray viewerMoves(const wn::Workflow &workflow, wn::Viewer by)
{
    QJsonArray moves;
    for (const QString &from : workflow.statuses()) {
        for (const QString &to : workflow.moves(from, by))
            moves.append(QJsonObject { { u"from"_s, from }, { u"to"_s, to } });
    }
    return moves;
}

QJsonObject workflows()
{
    QJsonObject all;
    for (const wn::Workflow *workflow : wn::allWorkflows()) {
        all.insert(
                workflow->name(),
                QJsonObject {
                        { u"statuses"_s, QJsonArray::fromStringList(workflow->statuses()) },
                        { u"reasons"_s, QJsonArray::fromStringList(workflow->reasons()) },
                        { u"refusal"_s, workflow->refusal() },
                        { u"moves"_s,
                          QJsonObject {
                                  { u"talent"_s, viewerMoves(*workflow, wn::Viewer::Talent) },
                                  { u"company"_s, viewerMoves(*workflow, wn::Viewer::Company) },
                                  { u"staff"_s, viewerMoves(*workflow, wn::Viewer::Staff) } } } });
    }
    return all;
}

/** Every word any workflow uses, with the label the desktop client shows for it. */
QJsonObject labels()
{
    QStringList statuses;
    QStringList reasons;
    for (const wn::Workflow *workflow : wn::allWorkflows()) {
        statuses += workflow->statuses();
        reasons += workflow->reasons();
    }
    statuses.removeDuplicates();
    reasons.removeDuplicates();
    QJsonObject status;
    QJsonObject move;
    QJsonObject reason;
    for (const QString &word : std::as_const(statuses)) {
        if (const char *label = wn::statusLabel(word))
            status.insert(word, QString::fromUtf8(label));
        if (const char *label = wn::moveLabel(word))
            move.insert(word, QString::fromUtf8(label));
    }
    for (const QString &word : std::as_const(reasons)) {
        if (const char *label = wn::reasonLabel(word))
            reason.insert(word, QString::fromUtf8(label));
    }
    QJsonObject choices;
    for (const QString &field :
         { u"job_type"_s, u"work_mode"_s, u"mode"_s, u"availability"_s, u"assessment_visibility"_s,
           u"template"_s, u"gender"_s, u"level"_s, u"partner_read"_s, u"notification"_s }) {
        QJsonArray values;
        for (const QString &value : wn::forms::choicesOf(field)) {
            const char *label = wn::forms::choiceLabel(field, value);
            values.append(QJsonObject { { u"value"_s, value },
                                        { u"text"_s, label ? QString::fromUtf8(label) : value } });
        }
        choices.insert(field, values);
    }
    // The languages mail is written in, each named as its speakers name it ("Français").
    QJsonArray languages;
    for (const QString &code : wn::forms::languages())
        languages.append(
                QJsonObject { { u"value"_s, code }, { u"text"_s, wn::forms::languageName(code) } });
    choices.insert(u"language"_s, languages);
    QJsonObject roles;
    for (const QString &name : wn::allRoleNames()) {
        const std::optional<wn::Role> role = wn::roleFromName(name);
        const char *label = role ? wn::roleLabel(*role) : nullptr;
        roles.insert(name, label ? QString::fromUtf8(label) : name);
    }
    return { { u"status"_s, status },
             { u"move"_s, move },
             { u"reopen"_s, QString::fromUtf8(wn::moveLabel(u"published"_s, u"closed"_s)) },
             { u"reason"_s, reason },
             { u"choices"_s, choices },
             { u"roles"_s, roles } };
}

/** The rules of the forms the portal fills in, as the server's OpenAPI document gives them. */
QJsonObject forms()
{
    return { { u"talentSignUpNigeria"_s, wn::forms::talentSignUp(true).openApi() },
             { u"talentSignUpAfrica"_s, wn::forms::talentSignUp(false).openApi() } };
}

/** Pay ranges as the desktop client writes them, for the portal's own formatter to be held to. */
QJsonArray payExamples()
{
    struct Example
    {
        qint64 min, max;
        QString currency, period;
    };
    const Example examples[] = { { 450000, 700000, u"NGN"_s, u"month"_s },
                                 { 0, 1500000, u"NGN"_s, u"year"_s },
                                 { 5000, 5000, u"NGN"_s, u"day"_s },
                                 { 20, 45, u"USD"_s, u"hour"_s },
                                 { 1200, 0, u"GHS"_s, u""_s } };
    QJsonArray all;
    for (const Example &e : examples)
        all.append(QJsonObject {
                { u"min"_s, e.min },
                { u"max"_s, e.max },
                { u"currency"_s, e.currency },
                { u"period"_s, e.period },
                { u"text"_s, wn::forms::payRange(e.min, e.max, e.currency, e.period) } });
    return all;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        fprintf(stderr, "usage: worknation-web-vocabulary OUTPUT.json\n");
        return 2;
    }
    const QJsonObject vocabulary { { u"operations"_s, operations() },
                                   { u"workflows"_s, workflows() },
                                   { u"labels"_s, labels() },
                                   { u"forms"_s, forms() },
                                   { u"payExamples"_s, payExamples() } };
    QSaveFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(vocabulary).toJson(QJsonDocument::Indented)) < 0
        || !out.commit()) {
        fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
