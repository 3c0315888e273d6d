// SPDX-License-Identifier: Apache-2.0
#include "router.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

QString methodName(Method method)
{
    static const std::array<QString, methodCount> names { u"GET"_s,    u"POST"_s,   u"PUT"_s,
                                                          u"PATCH"_s,  u"DELETE"_s, u"HEAD"_s,
                                                          u"OPTIONS"_s };
    return names.at(std::size_t(method));
}

Router::Router() = default;
Router::~Router() = default;

bool Router::Node::hasAny() const
{
    return std::any_of(endpoints.begin(), endpoints.end(), [](int e) { return e >= 0; });
}

bool Router::add(Method method, const QString &pattern, int endpoint)
{
    Node *node = &m_root;
    const QStringList segments = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            if (!node->param)
                node->param = std::make_unique<Node>();
            node = node->param.get();
        } else {
            auto &child = node->literals[segment];
            if (!child)
                child = std::make_unique<Node>();
            node = child.get();
        }
    }
    int &slot = node->endpoints.at(std::size_t(method));
    if (slot >= 0)
        return false;
    slot = endpoint;
    return true;
}

bool Router::findIn(const Node &node, QStringView rest, Method method, Match &match) const
{
    while (rest.startsWith(u'/'))
        rest = rest.mid(1);
    if (rest.isEmpty()) {
        if (!node.hasAny())
            return false;
        match.pathExists = true;
        match.endpoint = node.endpoints.at(std::size_t(method));
        // HEAD is answered by the GET handler.
        if (match.endpoint < 0 && method == Method::Head)
            match.endpoint = node.endpoints.at(std::size_t(Method::Get));
        return match.endpoint >= 0;
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView segment = slash < 0 ? rest : rest.left(slash);
    const QStringView remaining = slash < 0 ? QStringView() : rest.mid(slash);

    const auto literal = node.literals.find(segment.toString());
    if (literal != node.literals.end() && findIn(*literal->second, remaining, method, match))
        return true;
    if (node.param && !segment.isEmpty()) {
        match.params.append(segment);
        if (findIn(*node.param, remaining, method, match))
            return true;
        match.params.removeLast();
    }
    return false;
}

Router::Match Router::find(Method method, QStringView path) const
{
    Match match;
    findIn(m_root, path, method, match);
    if (match.endpoint < 0)
        match.params.clear();
    return match;
}

QStringList Router::paramNames(const QString &pattern)
{
    QStringList names;
    const QStringList segments = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment.startsWith(u'{') && segment.endsWith(u'}'))
            names.append(segment.mid(1, segment.size() - 2));
    }
    return names;
}

} // namespace wn
