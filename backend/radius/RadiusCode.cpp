#include "radius/RadiusCode.h"

namespace castellan {

std::string radiusCodeName(std::uint8_t code)
{
    switch (static_cast<RadiusCode>(code)) {
    case RadiusCode::AccessRequest:
        return "Access-Request";
    case RadiusCode::AccessAccept:
        return "Access-Accept";
    case RadiusCode::AccessReject:
        return "Access-Reject";
    case RadiusCode::AccountingRequest:
        return "Accounting-Request";
    case RadiusCode::AccountingResponse:
        return "Accounting-Response";
    case RadiusCode::AccessChallenge:
        return "Access-Challenge";
    case RadiusCode::StatusServer:
        return "Status-Server";
    }
    return "Code-" + std::to_string(code);
}

} // namespace castellan
