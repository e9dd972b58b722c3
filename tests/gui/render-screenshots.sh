#!/bin/sh
# Renders every console page (Dashboard, API Clients, Local Users, SoftOTP Users, Blocked Users, SSO Sessions,
# Security Settings, License, Audit Log; Configuration: Applications, RADIUS Clients, Directories, Administrators,
# Mail and SMS, SAML) and the main dialogs (the SAML service provider dialog, the user's page and the hardware-token import among
# them), in English and Turkish, to PNG files under a real (virtual) X server, against a real castellan-server with
# sample data (SSO sessions signed in through the portal). For the README's screenshots:
# console-<language>-<page number>-<page>.png, and console-<language>-dashboard-checklist.png (the Dashboard of the
# server before it is set up).
#
#   tests/gui/render-screenshots.sh [build directory] [output directory]
#
# Defaults: build/dev, and screenshots/ inside it. Needs xvfb-run (installer/bootstrap installs it).
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-$source_dir/build/dev}
out_dir=${2:-$build_dir/screenshots}
mkdir -p "$out_dir"
CASTELLAN_SCREENSHOT_DIR=$(cd "$out_dir" && pwd) \
CASTELLAN_SERVER_BINARY="$build_dir/bin/castellan-server" \
CASTELLAN_SOURCE_DIR="$source_dir" \
QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build_dir/bin/TestAdminConsole" testScreenshotsForDocumentation
echo "screenshots in $out_dir:"
ls "$out_dir"
