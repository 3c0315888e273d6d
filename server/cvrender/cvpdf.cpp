// SPDX-License-Identifier: Apache-2.0
#include "cvpdf.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** How a template looks: its fonts, sizes and colours, as a style sheet for the document. */
struct Look
{
    QString family;
    int pointSize;
    QString accent;
    QString css;
    bool centeredHeader;
};

Look lookOf(const QString &name)
{
    if (name == u"modern"_s) {
        return { u"DejaVu Sans"_s, 10, u"#1d6f91"_s,
                 u"h1 { font-size: 22pt; color: #1d6f91; margin-bottom: 0; } "
                 u"h2 { font-size: 12pt; color: #1d6f91; margin-top: 14px; "
                 u"border-bottom: 1px solid #1d6f91; } "
                 u".headline { font-size: 12pt; color: #444444; } "_s,
                 false };
    }
    if (name == u"compact"_s) {
        return { u"DejaVu Sans Condensed"_s, 9, u"#333333"_s,
                 u"h1 { font-size: 16pt; margin-bottom: 0; } "
                 u"h2 { font-size: 10pt; margin-top: 8px; } "
                 u".headline { font-size: 10pt; } "_s,
                 false };
    }
    return { u"DejaVu Serif"_s, 10, u"#222222"_s,
             u"h1 { font-size: 20pt; margin-bottom: 0; } "
             u"h2 { font-size: 12pt; margin-top: 14px; } "
             u".headline { font-size: 12pt; font-style: italic; } "_s,
             true };
}

QString escaped(const QJsonValue &value)
{
    return value.toString().toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString period(const QJsonObject &item)
{
    const QString start = item.value(u"start"_s).toString();
    const QString end = item.value(u"end"_s).toString();
    if (start.isEmpty())
        return end.toHtmlEscaped();
    return (end.isEmpty() ? start : start + u" – "_s + end).toHtmlEscaped();
}

QString itemHtml(const QJsonObject &item, const Look &look)
{
    QString html = u"<p style=\"margin-top: 6px; margin-bottom: 0;\"><b>%1</b>"_s.arg(
            escaped(item.value(u"title"_s)));
    if (!item.value(u"subtitle"_s).toString().isEmpty())
        html += u" · "_s + escaped(item.value(u"subtitle"_s));
    if (!item.value(u"level"_s).toString().isEmpty())
        html += u" (%1)"_s.arg(escaped(item.value(u"level"_s)));
    const QString when = period(item);
    QStringList aside;
    if (!when.isEmpty())
        aside.append(when);
    if (!item.value(u"location"_s).toString().isEmpty())
        aside.append(escaped(item.value(u"location"_s)));
    if (!aside.isEmpty())
        html += u" <span style=\"color: %1;\">%2</span>"_s.arg(look.accent, aside.join(u", "_s));
    html += u"</p>"_s;
    if (!item.value(u"url"_s).toString().isEmpty())
        html += u"<p style=\"margin: 0;\">%1</p>"_s.arg(escaped(item.value(u"url"_s)));
    if (!item.value(u"description"_s).toString().isEmpty())
        html += u"<p style=\"margin-top: 2px; margin-bottom: 0;\">%1</p>"_s.arg(
                escaped(item.value(u"description"_s)));
    return html;
}

QString cvHtml(const QJsonObject &cv, const Look &look)
{
    const QJsonObject basics = cv.value(u"basics"_s).toObject();
    const QString align = look.centeredHeader ? u"center"_s : u"left"_s;
    QString html = u"<html><head><style>%1</style></head><body>"_s.arg(look.css);
    html += u"<h1 align=\"%1\">%2</h1>"_s.arg(align, escaped(basics.value(u"name"_s)));
    if (!basics.value(u"headline"_s).toString().isEmpty())
        html += u"<p class=\"headline\" align=\"%1\">%2</p>"_s.arg(
                align, escaped(basics.value(u"headline"_s)));
    QStringList contact;
    for (const QString &field : { u"email"_s, u"phone"_s, u"location"_s, u"website"_s }) {
        if (!basics.value(field).toString().isEmpty())
            contact.append(escaped(basics.value(field)));
    }
    if (!contact.isEmpty())
        html += u"<p align=\"%1\">%2</p>"_s.arg(align, contact.join(u" · "_s));
    if (!basics.value(u"summary"_s).toString().isEmpty())
        html += u"<p>%1</p>"_s.arg(escaped(basics.value(u"summary"_s)));

    for (const QJsonValue &value : cv.value(u"sections"_s).toArray()) {
        const QJsonObject section = value.toObject();
        html += u"<h2>%1</h2>"_s.arg(escaped(section.value(u"title"_s)));
        if (section.value(u"verified"_s).toBool()) {
            // Said in words as well as by the tick, so that it reads in any font and in the
            // PDF's text.
            html += u"<p style=\"margin: 0; font-size: 8pt; color: #1b7f3b;\">✓ Verified by "
                    u"Worknation: checked by the platform, not written by the talent</p>"_s;
        }
        for (const QJsonValue &entry : section.value(u"items"_s).toArray())
            html += itemHtml(entry.toObject(), look);
    }
    return html + u"</body></html>"_s;
}

} // namespace

QByteArray renderCvPdf(const QJsonObject &cv)
{
    const Look look = lookOf(cv.value(u"template"_s).toString());
    QByteArray pdf;
    QBuffer out(&pdf);
    out.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        writer.setTitle(cv.value(u"title"_s).toString());
        writer.setCreator(u"Worknation"_s);
        QTextDocument document;
        document.setDefaultFont(QFont(look.family, look.pointSize));
        document.setHtml(cvHtml(cv, look));
        // Letter spacing, however slight, turns ligatures off: "fi" stays two letters in the
        // PDF's text, so that it is found and copied as written.
        QTextCursor everything(&document);
        everything.select(QTextCursor::Document);
        QTextCharFormat spacing;
        spacing.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        spacing.setFontLetterSpacing(0.1);
        everything.mergeCharFormat(spacing);
        document.print(&writer);
    }
    return pdf;
}

} // namespace wn
