#pragma once

#include "api/ApiResult.h"
#include "api/RestReply.h"

#include <QObject>

namespace castellan::console {

/// Delivers a reply to `done` as a typed result once it finishes: `decode` turns a successful reply into the
/// value. `context` bounds the delivery: when it is destroyed first, `done` is not called.
template <typename T, typename Decode>
RestReply* deliver(RestReply* reply, QObject* context, Decode decode, ApiCallback<T> done)
{
    QObject::connect(reply, &RestReply::finished, context ? context : reply,
                     [reply, decode = std::move(decode), done = std::move(done)] {
                         if (!reply->succeeded()) {
                             done(ApiResult<T>(reply->error()));
                             return;
                         }
                         done(ApiResult<T>(decode(*reply)));
                     });
    return reply;
}

/// The same for calls that answer nothing (204).
inline RestReply* deliverNoContent(RestReply* reply, QObject* context, ApiCallback<NoContent> done)
{
    return deliver<NoContent>(
        reply, context, [](const RestReply&) { return NoContent{}; }, std::move(done));
}

} // namespace castellan::console
