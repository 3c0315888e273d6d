// SPDX-License-Identifier: Apache-2.0
#include "slug.h"

#include "database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace wn {

namespace {
constexpr int maxSlugLength = 80;
}

QString slugBase(const QString &title, const QString &fallback)
{
    QString slug;
    // Decomposed, an accented letter is its base letter and a mark we drop.
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            slug.append(c.toLower());
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    slug.truncate(maxSlugLength);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? fallback : slug;
}

QString freeSlug(QSqlDatabase db, const QString &table, const QString &base)
{
    Sql q(db, u"SELECT slug FROM %1 WHERE slug = :base OR slug LIKE :prefix"_s.arg(table));
    // The base holds only [a-z0-9-], so it needs no LIKE escaping.
    q.bind(u":base"_s, base).bind(u":prefix"_s, base + u"-%"_s).exec();
    QSet<QString> taken;
    while (q.next())
        taken.insert(q.text(u"slug"_s));
    if (!taken.contains(base))
        return base;
    int n = 2;
    while (taken.contains(u"%1-%2"_s.arg(base).arg(n)))
        ++n;
    return u"%1-%2"_s.arg(base).arg(n);
}

} // namespace wn
