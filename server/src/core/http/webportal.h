// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "response.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace wn {

/**
 * @brief The talent web portal, served from the server's own port: the files the web build wrote
 * (kept in memory, with the `.br` and `.gz` copies it made beside them), and the page's HTML shell
 * for every other path a browser asks for, so that the portal's own routes (/jobs/…) load.
 *
 * Hashed assets (`/assets/…`) are cached for a year as immutable; the rest are revalidated by
 * ETag. The representation is chosen by Accept-Encoding. Every answer carries a strict
 * Content-Security-Policy. A path with a preview (a job's page) gets its title and description in
 * the shell's head, so that a shared link shows them.
 */
class WebPortal
{
public:
    /** What a shared link shows: the page's title and a line or two about it. */
    struct Preview
    {
        QString title;
        QString description;
    };
    /** The preview of the page at a path under a prefix, given the rest of the path. */
    using Previewer = std::function<std::optional<Preview>(const QString &rest)>;

    /** Reads the build in @p root; an empty portal (enabled() false) when it has no index.html. */
    explicit WebPortal(const QString &root);

    bool enabled() const { return m_shell != nullptr; }
    const QString &root() const { return m_root; }
    /** Whether a GET of @p path is the portal's: one of its files, or a page of its own. */
    bool claims(const QString &path) const;
    Response serve(const QHttpServerRequest &request, const QString &path) const;
    /** Pages under @p prefix ("/jobs/") get the preview @p previewer finds for them. */
    void addPreview(const QString &prefix, Previewer previewer);

    /** The policy every answer carries: the portal's own scripts, styles and sockets only. */
    static const QByteArray contentSecurityPolicy;

private:
    struct File
    {
        QByteArray type;
        QByteArray identity;
        QByteArray gzip;
        QByteArray brotli;
        QByteArray tag; ///< the identity's hash; each encoding's ETag adds its own suffix
        bool immutable = false;
    };
    void load(const QString &root);
    Response answer(const QHttpServerRequest &request, const File &file) const;
    Response shellFor(const QHttpServerRequest &request, const QString &path) const;

    QString m_root;
    QHash<QString, File> m_files;
    const File *m_shell = nullptr;
    QList<QPair<QString, Previewer>> m_previews;
};

} // namespace wn
