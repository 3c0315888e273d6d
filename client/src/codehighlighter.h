// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QtQml/qqmlregistration.h>

namespace wn::client {

/** @brief The colours code is drawn in, one per kind of word. */
struct CodeColours
{
    QColor keyword;
    QColor string;
    QColor comment;
    QColor number;
};

/**
 * @brief Colours a program as it is typed: the keywords of its language, strings, numbers and
 * comments (line comments, and C's block comments across lines). The languages are those the
 * coding challenges offer, by the name the server gives them ("C", "C++", "Python 3", "Go", "Java
 * (OpenJDK 17)", "JavaScript (Node.js)"); any other gets strings, numbers and both kinds of
 * comment without keywords.
 */
class CodeSyntax : public QSyntaxHighlighter
{
public:
    CodeSyntax(QTextDocument *document, const QString &language, const CodeColours &colours);

protected:
    void highlightBlock(const QString &text) override;

private:
    QStringList m_keywords;
    QString m_lineComment; ///< "//" or "#"
    bool m_blockComments = true; ///< /* ... */
    CodeColours m_colours;
};

/**
 * @brief CodeSyntax for a TextArea in QML: `CodeHighlighter { document: editor.textDocument;
 * language: "Python 3" }`, its colours from the theme.
 */
class CodeHighlighter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QColor keywordColor MEMBER m_keyword WRITE setKeywordColor NOTIFY changed)
    Q_PROPERTY(QColor stringColor MEMBER m_string WRITE setStringColor NOTIFY changed)
    Q_PROPERTY(QColor commentColor MEMBER m_comment WRITE setCommentColor NOTIFY changed)
    Q_PROPERTY(QColor numberColor MEMBER m_number WRITE setNumberColor NOTIFY changed)

public:
    explicit CodeHighlighter(QObject *parent = nullptr);

    QQuickTextDocument *document() const { return m_document; }
    void setDocument(QQuickTextDocument *document);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    void setKeywordColor(const QColor &colour) { setColour(m_keyword, colour); }
    void setStringColor(const QColor &colour) { setColour(m_string, colour); }
    void setCommentColor(const QColor &colour) { setColour(m_comment, colour); }
    void setNumberColor(const QColor &colour) { setColour(m_number, colour); }

Q_SIGNALS:
    void changed();

private:
    void setColour(QColor &member, const QColor &colour);
    /** Colours the document again, after any of the properties changed. */
    void rebuild();

    QPointer<QQuickTextDocument> m_document;
    QString m_language;
    QColor m_keyword { 0x1f, 0x4e, 0x9d };
    QColor m_string { 0x1b, 0x7a, 0x3d };
    QColor m_comment { 0x6b, 0x72, 0x80 };
    QColor m_number { 0xa3, 0x4d, 0x00 };
    QPointer<CodeSyntax> m_syntax; ///< a child of the document it colours, gone with it
};

} // namespace wn::client
