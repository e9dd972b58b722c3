#!/usr/bin/env bash
# Runs the real server under strace (start, /api/v1/health, a refused login, SIGTERM) as an unprivileged user
# and fails when it makes a system call outside the unit's filter:
#   SystemCallFilter=@system-service  minus  ~@privileged @resources
# (systemd-analyze syscall-filter expands the sets). Skipped (77) without strace.
# Usage: syscall-filter.sh SERVER_BINARY UNIT_FILE
set -euo pipefail
server=$1
unit=$2
command -v strace >/dev/null || { echo "SKIP: strace missing"; exit 77; }

work=$(mktemp -d)
chmod 0755 "$work"
cleanup() {
    [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The sets the unit names, checked so this test follows the unit.
grep -qx 'SystemCallFilter=@system-service' "$unit"
grep -qx 'SystemCallFilter=~@privileged @resources' "$unit"

expand() {
    systemd-analyze syscall-filter "$1" | sed -e 's/^ *//' -e '/^#/d' -e '/^$/d' | tail -n +2 | while read -r name; do
        case "$name" in @*) expand "$name" ;; *) echo "$name" ;; esac
    done
}
expand @system-service | sort -u > "$work/allowed"
{ expand @privileged; expand @resources; } | sort -u > "$work/denied"

# As root, trace the server as nobody: SQLite, for one, calls fchown() only when running as root.
as_user=()
mkdir -p "$work/state"
if [ "$(id -u)" -eq 0 ]; then
    as_user=(-u nobody)
    chown nobody "$work/state"
fi
port=$((20000 + RANDOM % 20000))
strace -f -qq "${as_user[@]}" -o "$work/trace" -- "$server" --state-dir "$work/state" --set "http.port=$port" \
    --set radius.port=auto > "$work/log" 2>&1 &
pid=$!
up=
for _ in $(seq 1 120); do
    if curl -skf "https://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; then up=yes; break; fi
    sleep 0.5
done
[ -n "$up" ] || { cat "$work/log"; echo "FAIL: server did not answer on $port"; exit 1; }
curl -sk -X POST "https://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"wrong"}' >/dev/null
# strace's child is the server: SIGTERM to it, then strace ends with it.
kill -TERM "$(pgrep -P "$pid")"
wait "$pid" || true
pid=

grep -oE '^[0-9]+ +[a-z_0-9]+\(' "$work/trace" | sed -E 's/^[0-9]+ +//; s/\($//' | sort -u > "$work/used"
outside=$(comm -23 "$work/used" "$work/allowed")
denied=$(comm -12 "$work/used" "$work/denied")
echo "system calls used: $(wc -l < "$work/used")"
if [ -n "$outside$denied" ]; then
    echo "FAIL: outside @system-service: ${outside:-none}; in ~@privileged @resources: ${denied:-none}"
    exit 1
fi
echo "PASS: every system call the server made is allowed by the unit's SystemCallFilter"
