// SPDX-License-Identifier: Apache-2.0
#include "apidocs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString schemaText(const QJsonObject &schema)
{
    return esc(QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Indented)));
}

} // namespace

QByteArray renderApiDocs(const QJsonObject &openApi)
{
    struct Operation
    {
        QString method;
        QString path;
        QJsonObject op;
    };
    QMap<QString, QList<Operation>> byTag;
    const QJsonObject paths = openApi.value(u"paths"_s).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method) {
            const QJsonObject op = method.value().toObject();
            const QString tag = op.value(u"tags"_s).toArray().first().toString();
            byTag[tag].append({ method.key().toUpper(), path.key(), op });
        }
    }
    const QJsonObject info = openApi.value(u"info"_s).toObject();
    QString html
            = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 "
              u"API</title><style>"
              "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2433;background:#f6f7fb}"
              "header{background:#14365d;color:#fff;padding:24px 40px}main{padding:16px "
              "40px;max-width:1100px}"
              "nav a{margin-right:12px}h2{margin-top:32px;border-bottom:2px solid #d8dde8}"
              "details{background:#fff;border:1px solid #d8dde8;border-radius:6px;margin:8px "
              "0;padding:8px 12px}"
              "summary{cursor:pointer}code{font:13px ui-monospace,monospace}"
              ".m{display:inline-block;min-width:64px;font-weight:700}.GET{color:#1a7f37}.POST{"
              "color:#0b5cad}"
              ".PUT,.PATCH{color:#9a6700}.DELETE{color:#c62828}pre{background:#f0f2f7;padding:8px;"
              "overflow:auto}"
              ".seed{color:#5b6475;font-size:13px}</style></head><body><header><h1>%1 "
              "API</h1><p>Version %2. "
              "Machine-readable: <a style=\"color:#fff\" href=\"/openapi.json\">/openapi.json</a>. "
              "Send "
              "<code>Authorization: Bearer &lt;access_token&gt;</code> for protected operations.</p></header><main><nav>"_s
                      .arg(esc(info.value(u"title"_s).toString()),
                           esc(info.value(u"version"_s).toString()));
    for (auto it = byTag.begin(); it != byTag.end(); ++it)
        html += u"<a href=\"#%1\">%2</a>"_s.arg(esc(QString(it.key()).replace(u' ', u'-')),
                                                esc(it.key()));
    html += u"</nav>"_s;
    for (auto it = byTag.begin(); it != byTag.end(); ++it) {
        html += u"<h2 id=\"%1\">%2</h2>"_s.arg(esc(QString(it.key()).replace(u' ', u'-')),
                                               esc(it.key()));
        for (const Operation &operation : it.value()) {
            const QJsonObject &op = operation.op;
            html += u"<details><summary><span class=\"m %1\">%1</span><code>%2</code> — %3</summary>"_s
                            .arg(operation.method, esc(operation.path),
                                 esc(op.value(u"summary"_s).toString()));
            const QJsonArray seeds = op.value(u"x-seed"_s).toArray();
            for (const QJsonValue &seed : seeds)
                html += u"<div class=\"seed\">Seed: %1</div>"_s.arg(esc(seed.toString()));
            const QJsonArray roles = op.value(u"x-roles"_s).toArray();
            html += u"<p>Access: %1</p>"_s.arg(
                    roles.isEmpty() ? u"public"_s
                                    : esc(roles.toVariantList().isEmpty()
                                                  ? QString()
                                                  : QString::fromUtf8(QJsonDocument(roles).toJson(
                                                          QJsonDocument::Compact))));
            const QJsonArray parameters = op.value(u"parameters"_s).toArray();
            if (!parameters.isEmpty()) {
                html += u"<p>Parameters:</p><ul>"_s;
                for (const QJsonValue &p : parameters) {
                    const QJsonObject param = p.toObject();
                    html += u"<li><code>%1</code> (%2) %3</li>"_s.arg(
                            esc(param.value(u"name"_s).toString()),
                            esc(param.value(u"in"_s).toString()),
                            esc(param.value(u"schema"_s)
                                        .toObject()
                                        .value(u"description"_s)
                                        .toString()));
                }
                html += u"</ul>"_s;
            }
            const QJsonObject body
                    = op.value(u"requestBody"_s).toObject().value(u"content"_s).toObject();
            if (!body.isEmpty()) {
                const QString type = body.keys().first();
                html += u"<p>Body (%1):</p><pre>%2</pre>"_s.arg(
                        esc(type),
                        schemaText(body.value(type).toObject().value(u"schema"_s).toObject()));
            }
            html += u"</details>"_s;
        }
    }
    html += u"</main></body></html>"_s;
    return html.toUtf8();
}

} // namespace wn
