#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class LicenseAlarms;
class LicenseService;
class Router;

/// `/license` (DESIGN §7): the license in force and entering a new key, this month's users, monthly analytics,
/// the App Key file for the vendor (JSON or CSV), and the alarm settings with the alarms sent.
class LicenseResource
{
public:
    LicenseResource(LicenseService& license, LicenseAlarms& alarms, AuditLog& audit);
    void addRoutes(Router& router);

    RestResponse show(const RestRequest& request);
    RestResponse install(const RestRequest& request);
    RestResponse usage(const RestRequest& request);
    RestResponse analytics(const RestRequest& request);
    RestResponse appKeyFile(const RestRequest& request);
    RestResponse alarms(const RestRequest& request);
    RestResponse updateAlarms(const RestRequest& request);

private:
    LicenseService& m_license;
    LicenseAlarms& m_alarms;
    AuditLog& m_audit;
};

} // namespace castellan
