// SPDX-License-Identifier: Apache-2.0
#include "webportal.h"

#include "../logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHttpServerRequest>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace wn {

const QByteArray WebPortal::contentSecurityPolicy
        = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
          "media-src 'self' blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
          "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

namespace {

QByteArray typeOf(const QString &name)
{
    static const QHash<QString, QByteArray> types {
        { u"html"_s, "text/html; charset=utf-8" },
        { u"js"_s, "text/javascript; charset=utf-8" },
        { u"css"_s, "text/css; charset=utf-8" },
        { u"json"_s, "application/json" },
        { u"webmanifest"_s, "application/manifest+json" },
        { u"svg"_s, "image/svg+xml" },
        { u"txt"_s, "text/plain; charset=utf-8" },
        { u"woff2"_s, "font/woff2" },
    };
    const QByteArray known = types.value(name.section(u'.', -1).toLower());
    if (!known.isEmpty())
        return known;
    return QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toLatin1();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(20);
}

/** Whether Accept-Encoding @p header takes @p coding (by name or "*", with a q above 0). */
bool accepts(const QByteArray &header, QByteArrayView coding)
{
    bool byStar = false;
    for (const QByteArray &item : header.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray name = parts.first().trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q="))
                q = parameter.mid(2).toDouble();
        }
        if (name == coding)
            return q > 0;
        if (name == "*")
            byStar = q > 0;
    }
    return byStar;
}

/** Whether If-None-Match @p header names @p etag (weakly, as RFC 9110 compares it for GET). */
bool matches(const QByteArray &header, const QByteArray &etag)
{
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

/** A line or two of @p text for a link's preview: spaces folded, cut at a word near 200. */
QString excerpt(const QString &text)
{
    QString folded = text.simplified();
    if (folded.size() <= 200)
        return folded;
    qsizetype cut = folded.lastIndexOf(u' ', 200);
    if (cut < 120)
        cut = 200;
    return folded.left(cut) + u'…';
}

Response withHeaders(Response response)
{
    response.header("Content-Security-Policy", WebPortal::contentSecurityPolicy);
    response.header("X-Frame-Options", "DENY");
    response.header("Referrer-Policy", "strict-origin-when-cross-origin");
    response.header("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
    return response;
}

} // namespace

WebPortal::WebPortal(const QString &root)
{
    if (!root.isEmpty())
        load(root);
}

void WebPortal::load(const QString &root)
{
    const QDir dir(root);
    if (!dir.exists(u"index.html"_s))
        return;
    m_root = dir.absolutePath();
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u".gz"_s) || path.endsWith(u".br"_s))
            continue;
        File file;
        file.identity = readAll(path);
        file.gzip = readAll(path + u".gz"_s);
        file.brotli = readAll(path + u".br"_s);
        file.type = typeOf(path);
        file.tag = hashOf(file.identity);
        const QString name = u'/' + dir.relativeFilePath(path);
        file.immutable = name.startsWith(u"/assets/"_s);
        m_files.insert(name, std::move(file));
    }
    m_shell = &m_files[u"/index.html"_s];
    qCInfo(lcServer).noquote() << "web portal:" << m_files.size() << "files from" << m_root;
}

void WebPortal::addPreview(const QString &prefix, Previewer previewer)
{
    m_previews.append({ prefix, std::move(previewer) });
}

bool WebPortal::claims(const QString &path) const
{
    if (!enabled())
        return false;
    if (m_files.contains(path))
        return true;
    for (const QString &own : { u"/api"_s, u"/ws"_s, u"/socket.io"_s }) {
        if (path == own || path.startsWith(own + u'/'))
            return false;
    }
    // A page of the portal's own has no extension; a missing file is a 404, not the shell.
    return !path.section(u'/', -1).contains(u'.');
}

Response WebPortal::serve(const QHttpServerRequest &request, const QString &path) const
{
    const auto file = m_files.constFind(path);
    if (file != m_files.cend() && path != u"/index.html"_s)
        return answer(request, *file);
    return shellFor(request, path);
}

Response WebPortal::answer(const QHttpServerRequest &request, const File &file) const
{
    const QByteArray acceptEncoding = request.value("Accept-Encoding");
    QByteArray coding;
    const QByteArray *body = &file.identity;
    if (!file.brotli.isEmpty() && accepts(acceptEncoding, "br")) {
        coding = "br";
        body = &file.brotli;
    } else if (!file.gzip.isEmpty() && accepts(acceptEncoding, "gzip")) {
        coding = "gzip";
        body = &file.gzip;
    }
    const QByteArray etag = '"' + file.tag + (coding.isEmpty() ? QByteArray() : '-' + coding) + '"';
    const bool modified = !matches(request.value("If-None-Match"), etag);
    Response response = modified ? Response::bytes(*body, file.type) : Response::bytes({}, {}, 304);
    response.header("ETag", etag);
    response.header("Cache-Control",
                    file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    if (!file.gzip.isEmpty() || !file.brotli.isEmpty())
        response.header("Vary", "Accept-Encoding");
    if (modified && !coding.isEmpty())
        response.header("Content-Encoding", coding);
    return withHeaders(std::move(response));
}

Response WebPortal::shellFor(const QHttpServerRequest &request, const QString &path) const
{
    for (const auto &[prefix, previewer] : m_previews) {
        const QString rest = path.mid(prefix.size());
        if (!path.startsWith(prefix) || rest.isEmpty() || rest.contains(u'/'))
            continue;
        const std::optional<Preview> preview = previewer(rest);
        if (!preview)
            break;
        const QString title = preview->title.simplified().toHtmlEscaped();
        const QString description = excerpt(preview->description).toHtmlEscaped();
        const QString head
                = u"<title>%1 · Worknation</title>\n"
                  "<meta name=\"description\" content=\"%2\">\n"
                  "<meta property=\"og:title\" content=\"%1\">\n"
                  "<meta property=\"og:description\" content=\"%2\">\n"
                  "<meta property=\"og:type\" content=\"website\">\n"
                  "<meta property=\"og:site_name\" content=\"Worknation\">\n"
                  "<meta name=\"twitter:card\" content=\"summary\">"_s.arg(title, description);
        QByteArray html = m_shell->identity;
        const qsizetype from = html.indexOf("<!--preview-->");
        const qsizetype to = html.indexOf("<!--/preview-->");
        if (from < 0 || to < from)
            break;
        html.replace(from, to + qsizetype(sizeof("<!--/preview-->")) - 1 - from, head.toUtf8());
        File page;
        page.type = m_shell->type;
        page.identity = html;
        page.tag = hashOf(html);
        return answer(request, page);
    }
    return answer(request, *m_shell);
}

} // namespace wn
