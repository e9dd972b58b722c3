#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

/// "field: message; field: message" for a list of field errors, so tests compare all of them at once and a
/// failure prints what came out.
inline QString fieldErrorText(const std::vector<castellan::FieldError>& errors)
{
    QStringList parts;
    for (const castellan::FieldError& error : errors) {
        parts << QString::fromStdString(error.field + ": " + error.message);
    }
    return parts.join(QStringLiteral("; "));
}

/// "<accepted>" for a success, else the field errors as fieldErrorText() writes them.
template <typename T> QString outcomeText(const castellan::Result<T>& result)
{
    return result.ok() ? QStringLiteral("<accepted>") : fieldErrorText(result.error().fields);
}
