// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <memory>
#include <unordered_map>

namespace wn {

enum class Method { Get, Post, Put, Patch, Delete, Head, Options };
constexpr int methodCount = 7;
QString methodName(Method method);

/**
 * @brief Finds an endpoint by method and path in a tree of path segments: literal segments are
 * hash lookups tried before the one {param} branch, so the cost depends on the path's depth, not
 * on how many endpoints exist or the order they were added.
 */
class Router
{
public:
    struct Match
    {
        int endpoint = -1;
        bool pathExists = false; ///< some method matches this path (405 rather than 404)
        QVarLengthArray<QStringView, 4> params; ///< values of the {param} segments, in order
    };

    Router();
    ~Router();
    /** Adds @p pattern ("/api/v1/users/{id}"); returns false if the method and shape are taken. */
    bool add(Method method, const QString &pattern, int endpoint);
    Match find(Method method, QStringView path) const;
    /** The {param} names of @p pattern, in order. */
    static QStringList paramNames(const QString &pattern);

private:
    struct Node
    {
        std::unordered_map<QString, std::unique_ptr<Node>> literals;
        std::unique_ptr<Node> param;
        std::array<int, methodCount> endpoints;
        Node() { endpoints.fill(-1); }
        bool hasAny() const;
    };
    bool findIn(const Node &node, QStringView rest, Method method, Match &match) const;
    Node m_root;
};

} // namespace wn
