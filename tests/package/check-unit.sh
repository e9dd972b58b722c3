#!/usr/bin/env bash
# Checks installer/systemd/castellan.service without a running systemd:
#   systemd-analyze verify   in a throw-away root holding the host's units, the unit and the server binary;
#   systemd-analyze security --offline=true: the overall exposure must be at most 2.0 ("OK"),
#   also with the documented bind-443 drop-in applied.
# Usage: check-unit.sh UNIT_FILE SERVER_BINARY [DROP_IN]
set -euo pipefail

unit=$1
server=$2
dropin=${3:-}
max_exposure=2.0

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/lib/systemd/system" "$root/usr/bin"
cp -a /lib/systemd/system/. "$root/lib/systemd/system/"
cp "$unit" "$root/lib/systemd/system/castellan.service"
cp "$server" "$root/usr/bin/castellan-server"
ln -s usr/bin "$root/bin"
cp -L /bin/sh "$root/usr/bin/sh" # ExecReload's shell

# verify: any diagnostic fails (it also prints warnings with exit status 0). The man page is checked by
# installer/package-check (lintian), so --man=no here.
out=$(systemd-analyze verify --man=no --root="$root" castellan.service 2>&1) || {
    echo "FAIL: systemd-analyze verify: $out"
    exit 1
}
if [ -n "$out" ]; then
    echo "FAIL: systemd-analyze verify printed: $out"
    exit 1
fi
echo "PASS: systemd-analyze verify"

exposure_of() {
    local report figure
    report=$(systemd-analyze security --offline=true --no-pager "$1" 2>&1) || true
    figure=$(printf '%s\n' "$report" | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\) .*/\1/p')
    if [ -z "$figure" ]; then
        echo "FAIL: no exposure figure in: $report" >&2
        return 1
    fi
    echo "$figure"
}

check_exposure() {
    local name=$1 file=$2 figure
    figure=$(exposure_of "$file")
    if awk -v f="$figure" -v m="$max_exposure" 'BEGIN { exit !(f <= m) }'; then
        echo "PASS: $name exposure $figure <= $max_exposure"
    else
        echo "FAIL: $name exposure $figure > $max_exposure"
        systemd-analyze security --offline=true --no-pager "$file" | grep '✗' || true
        return 1
    fi
}

check_exposure "castellan.service" "$root/lib/systemd/system/castellan.service"

if [ -n "$dropin" ]; then
    # The drop-in merged into one file: what systemd would run with it in castellan.service.d/.
    merged="$root/merged/castellan.service"
    mkdir -p "$root/merged"
    cat "$unit" "$dropin" > "$merged"
    grep -q '^AmbientCapabilities=CAP_NET_BIND_SERVICE' "$merged"
    check_exposure "castellan.service + bind-443.conf" "$merged"
fi
echo "PASS: all unit checks"
