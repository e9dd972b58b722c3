#pragma once

#include <Poco/Exception.h>

namespace castellan {

/// The database cannot be reached: no connection could be opened, the connection broke during the work, or no
/// session became free in time. Deliberately not a Poco::Data::DataException, which callers read as "this statement
/// failed" (a unique key taken, say): an outage must never turn into such an answer. The REST router answers it with
/// 503 and Retry-After; RADIUS drops the request.
POCO_DECLARE_EXCEPTION(, DatabaseUnavailableException, Poco::IOException)

} // namespace castellan
