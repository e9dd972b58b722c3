#include "store/StoreExceptions.h"

#include <typeinfo>

namespace castellan {

POCO_IMPLEMENT_EXCEPTION(DatabaseUnavailableException, Poco::IOException, "Database unavailable")

} // namespace castellan
