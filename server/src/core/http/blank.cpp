// SPDX-License-Identifier: Apache-2.0
#include "blank.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

void refuseBlank(const QJsonObject &input, const QStringList &fields)
{
    QStringList problems;
    for (const QString &field : fields) {
        if (input.contains(field)
            && (input.value(field).isNull()
                || (input.value(field).isString()
                    && input.value(field).toString().trimmed().isEmpty())))
            problems.append(u"%1 should not be empty"_s.arg(field));
    }
    if (!problems.isEmpty())
        throw ApiError::badRequest(problems);
}

} // namespace wn
