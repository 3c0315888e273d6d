// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJSEngine>

namespace wn::client {

/**
 * The one instance of @p T that C++ and QML share: made on first use, living as long as the
 * application, never owned by a QML engine. @p make builds it (the constructors are private).
 */
template<typename T, typename Make>
T *appSingleton(Make make)
{
    static T *const instance = [&make] {
        T *made = make();
        QJSEngine::setObjectOwnership(made, QJSEngine::CppOwnership);
        return made;
    }();
    return instance;
}

} // namespace wn::client
