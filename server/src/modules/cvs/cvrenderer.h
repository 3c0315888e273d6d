// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wn {

class Config;

/**
 * @brief Renders a CV to PDF in a process of its own (worknation-cv-render, offscreen): fonts
 * need a QGuiApplication, and the server stays a QCoreApplication. One process per CV, given
 * the CV as JSON on stdin; its PDF comes back on stdout.
 */
class CvRenderer
{
public:
    explicit CvRenderer(const Config &config);

    /** The PDF of @p cv (CvDocument::renderInput); ApiError 503 when the renderer cannot run
     *  or fails (logged). */
    QByteArray render(const QJsonObject &cv) const;

    /** Longest a rendering may take. */
    static constexpr int timeoutMs = 30000;
    /** Largest PDF taken back. */
    static constexpr qint64 maxPdfBytes = 8 * 1024 * 1024;
    /** How long a request waits for a free renderer before it is told to try later. */
    static constexpr int waitForSlotMs = 5000;
    /** How much of the renderer's stderr is kept for the log; the rest is read and dropped. */
    static constexpr int maxErrorBytes = 2000;

private:
    QString m_program;
};

} // namespace wn
