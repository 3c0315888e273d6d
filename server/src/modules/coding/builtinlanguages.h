// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "judge.h"

namespace wn {

/** @brief A language the server offers out of the box, with the template a talent starts from. */
struct BuiltinLanguage
{
    CodeLanguage language;
    QString templateText;
};

/** The languages of Debian's packages (gcc, g++, python3, nodejs, openjdk-17-jdk, golang-go) whose
 * compiler or runtime is installed here. */
QList<BuiltinLanguage> builtinLanguages();

} // namespace wn
