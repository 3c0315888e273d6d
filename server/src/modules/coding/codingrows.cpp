// SPDX-License-Identifier: Apache-2.0
#include "codingrows.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn::codingrows {

const JsonColumns &languageColumns()
{
    static const JsonColumns columns { .ids = { u"id"_s, u"extra_address_space_mb"_s },
                                       .texts
                                       = { u"name"_s, u"version"_s, u"file_name"_s, u"template"_s },
                                       .flags = { u"active"_s } };
    return columns;
}

QString languageSelect()
{
    return u"SELECT id, name, version, file_name, compile_command, run_command, "
           u"version_command, read_only_paths, extra_address_space_mb, "
           u"template, active FROM code_languages"_s;
}

} // namespace wn::codingrows
