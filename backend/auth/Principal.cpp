#include "auth/Principal.h"

namespace castellan {

std::string scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Public:
        return "public";
    case Scope::Admin:
        return "admin";
    case Scope::Agent:
        return "agent";
    case Scope::User:
        return "user";
    }
    return "public";
}

} // namespace castellan
