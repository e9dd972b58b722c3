#pragma once

#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/UserBlock.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// Blocked usernames (`/blocks`): list the active blocks, block by hand, remove a block.
class BlocksApi
{
public:
    explicit BlocksApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<UserBlock>> done);
    RestReply* block(const BlockRequest& request, QObject* context, ApiCallback<UserBlock> done);
    RestReply* unblock(const QString& username, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
