#!/usr/bin/env bash
# Starts or stops a throw-away Samba Active Directory domain controller on loopback for the Active Directory tests.
#   samba-ad-fixture.sh start DIR   -> a fresh domain under /tmp, its connection details written to DIR
#   samba-ad-fixture.sh stop DIR    -> stop samba and remove both directories
# DIR then holds: url (ldap://, StartTLS required for binds), ldaps_url (ldaps://), ca.pem (the test CA that signed the
# server certificate), base_dn, realm (CASTELLAN.TEST), domain (the NetBIOS name CASTELLAN), bind_dn and
# bind_password (the service account, an ordinary user), user_password (every sample user's), alice_guid (alice's
# objectGUID as Samba writes it).
#
# The domain: realm CASTELLAN.TEST, base DC=castellan,DC=test, provisioned offline (no DNS, no SMB, no Kerberos:
# `server services = ldap` only) with its databases, pid, lock and state directories under one mktemp directory.
# Users in CN=Users: castellan-service (the service account), alice (givenName, sn, mail, mobile,
# UPN alice@castellan.test, msRADIUSFramedIPAddress 192.168.1.10), bob, carol, frank, dave (disabled), erin
# (accountExpires a day in the past), grace (locked out). Groups: engineers (bob), vpn-users (alice and the engineers
# group: bob is a nested member), staff (carol).
#
# Samba's LDAP server binds the fixed ports 389 (ldap), 636 (ldaps), 3268 and 3269 (global catalog): it has no option
# to move them. The fixture therefore needs root (or password-less sudo), binds them on the loopback interface only,
# and refuses to start when one of them is taken on 127.0.0.1 (another directory, or another run of this fixture)
# rather than testing someone else's server. A samba left behind by a crashed run is recorded in DIR and stopped by
# the next start; samba also ends by itself after CASTELLAN_AD_MAX_RUNTIME seconds (3 hours).
set -euo pipefail
action=${1:?start|stop}
dir=${2:?directory}
# Root binds the fixed ports; a test run as another user goes through password-less sudo where there is one.
if [ "$(id -u)" -ne 0 ] && command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    exec sudo -n -E "$0" "$@"
fi
samba=/usr/sbin/samba
python=/usr/bin/python3 # Debian's interpreter: the Samba bindings (python3-samba) live there

realm=CASTELLAN.TEST
domain=CASTELLAN
base="DC=castellan,DC=test"
service_user=castellan-service
ports=(389 636 3268 3269)
max_runtime=${CASTELLAN_AD_MAX_RUNTIME:-10800} # seconds; longer than any test run

stop_instance() {
    [ -f "$dir/instance" ] || return 0
    local instance pid
    instance=$(cat "$dir/instance")
    if [ -f "$instance/pid/samba.pid" ]; then
        pid=$(cat "$instance/pid/samba.pid")
        # samba -D leads a process group of its own: its task and worker processes go with it.
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    case "$instance" in /tmp/castellan-ad.*) rm -rf "$instance" ;; esac
    rm -f "$dir/instance"
}

require_tools() {
    [ "$(id -u)" -eq 0 ] ||
        { echo "samba-ad-fixture: needs root or password-less sudo (Samba binds ports 389 and 636)" >&2; exit 1; }
    if [ ! -x "$samba" ] || ! command -v samba-tool > /dev/null; then
        echo "samba-ad-fixture: samba not found (install 'samba-ad-dc' and 'samba-ad-provision')" >&2
        exit 1
    fi
    command -v ldapsearch > /dev/null ||
        { echo "samba-ad-fixture: ldapsearch not found (install 'ldap-utils')" >&2; exit 1; }
}

# Refuses when one of Samba's fixed ports already listens on loopback (or on every address).
require_free_ports() {
    local port holder
    local probe='import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))'
    for port in "${ports[@]}"; do
        if ! "$python" -c "$probe" "$port" 2>/dev/null; then
            holder=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'users:.*' | head -1 || true)
            echo "samba-ad-fixture: port $port on 127.0.0.1 is taken ${holder:+($holder)}; Samba's LDAP ports are" \
                "fixed (389, 636, 3268, 3269): stop the other directory server or the other test run first" >&2
            exit 1
        fi
    done
}

# Hex: AD refuses a password that contains the account's name (or a part of its full name), and no sample name is made
# of the letters a to f alone.
secret() {
    od -An -tx1 -N16 /dev/urandom | tr -d ' \n'
}

# A CA and a server certificate it signs. libldap checks the name after a reverse lookup of the peer address,
# which on some machines names 127.0.0.1 after the host: the certificate carries that name too.
make_certificates() {
    local names
    names="DNS:localhost,IP:127.0.0.1,DNS:$(hostname)"
    if [ "$(hostname -f 2>/dev/null || hostname)" != "$(hostname)" ]; then
        names="$names,DNS:$(hostname -f)"
    fi
    mkdir -p "$instance/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Castellan Test Domain CA" \
        -keyout "$instance/tls/ca.key" -out "$instance/tls/ca.pem" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$instance/tls/server.key" \
        -out "$instance/tls/server.csr" 2>/dev/null
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "$names" > "$instance/tls/ext"
    openssl x509 -req -in "$instance/tls/server.csr" -CA "$instance/tls/ca.pem" -CAkey "$instance/tls/ca.key" \
        -CAcreateserial -days 2 -extfile "$instance/tls/ext" -out "$instance/tls/server.pem" 2>/dev/null
    chmod 600 "$instance/tls/server.key" # Samba refuses a key others can read
}

# An empty configuration to start from (not /etc/samba/smb.conf: provisioning copies what it finds there), and
# ldb:nosync because a domain that lives for one test run needs no fsync (provisioning is I/O bound without it).
provision() {
    : > "$instance/empty.conf"
    samba-tool domain provision -s "$instance/empty.conf" --realm="$realm" --domain="$domain" --server-role=dc \
        --dns-backend=NONE --adminpass="$admin_password" --targetdir="$instance" \
        --option="interfaces=lo" --option="bind interfaces only=yes" --option="pid directory=$instance/pid" \
        --option="server services=ldap" --option="prefork children=1" --option="ldb:nosync=true" \
        --option="log file=$instance/log.%m" --option="logging=file" \
        --option="tls enabled=yes" --option="tls keyfile=$instance/tls/server.key" \
        --option="tls certfile=$instance/tls/server.pem" --option="tls cafile=$instance/tls/ca.pem" \
        > "$instance/provision.log" 2>&1 || { cat "$instance/provision.log" >&2; exit 1; }
}

# The sample users and groups, written straight into the (offline) database in one process: samba-tool would start
# Python once per user.
add_entries() {
    SERVICE_USER=$service_user SERVICE_PASSWORD=$bind_password USER_PASSWORD=$user_password MAX_RUNTIME=$max_runtime \
        "$python" - "$instance/etc/smb.conf" "$instance/alice_guid" > "$instance/entries.log" 2>&1 <<'EOF' ||
import os, sys, time
import ldb
from samba import unix2nttime
from samba.auth import system_session
from samba.dcerpc import misc
from samba.ndr import ndr_unpack
from samba.param import LoadParm
from samba.samdb import SamDB

lp = LoadParm()
lp.load(sys.argv[1])
db = SamDB(url=lp.samdb_url(), session_info=system_session(), lp=lp)
password = os.environ["USER_PASSWORD"]


def replace(dn, attribute, value):
    m = ldb.Message(dn)
    m[attribute] = ldb.MessageElement(value, ldb.FLAG_MOD_REPLACE, attribute)
    db.modify(m)


db.newuser(os.environ["SERVICE_USER"], os.environ["SERVICE_PASSWORD"], description="Castellan MFA service account")
people = [("alice", "Alice", "Archer", "+90 555 000 0001"), ("bob", "Bob", "Builder", "+90 555 000 0002"),
          ("carol", "Carol", "Clerk", "+90 555 000 0003"), ("dave", "Dave", "Disabled", "+90 555 000 0004"),
          ("erin", "Erin", "Expired", "+90 555 000 0005"), ("frank", "Frank", "Free", "+90 555 000 0006"),
          ("grace", "Grace", "Locked", "+90 555 000 0007")]
for name, given, surname, mobile in people:
    db.newuser(name, password, givenname=given, surname=surname, mailaddress=name + "@castellan.test")
    dn = db.search(base=db.domain_dn(), scope=ldb.SCOPE_SUBTREE, expression="(sAMAccountName=%s)" % name,
                   attrs=[])[0].dn
    replace(dn, "mobile", mobile)
    if name == "alice":
        # 192.168.1.10 as Active Directory stores it: the address's 32 bits as a signed integer.
        replace(dn, "msRADIUSFramedIPAddress", "-1062731510")
    if name == "erin":
        replace(dn, "accountExpires", str(unix2nttime(int(time.time()) - 86400)))
    if name == "grace":  # locked out now
        replace(dn, "lockoutTime", str(unix2nttime(int(time.time()))))
# grace stays locked out for longer than the fixture runs (AD stores durations as negative 100 ns counts).
replace(ldb.Dn(db, db.domain_dn()), "lockoutDuration", str(-(int(os.environ["MAX_RUNTIME"]) + 3600) * 10**7))
db.disable_account("(sAMAccountName=dave)")
for group in ("engineers", "vpn-users", "staff"):
    db.newgroup(group)
db.add_remove_group_members("engineers", ["bob"])
db.add_remove_group_members("vpn-users", ["alice", "engineers"])
db.add_remove_group_members("staff", ["carol"])
# alice's objectGUID in Samba's own text form, for the tests to compare theirs with.
alice = db.search(base=db.domain_dn(), scope=ldb.SCOPE_SUBTREE, expression="(sAMAccountName=alice)",
                  attrs=["objectGUID"])[0]
with open(sys.argv[2], "w") as out:
    out.write(str(ndr_unpack(misc.GUID, alice["objectGUID"][0])) + "\n")
EOF
        { cat "$instance/entries.log" >&2; exit 1; }
}

wait_for_ldaps() {
    for _ in $(seq 300); do
        if LDAPTLS_CACERT="$instance/tls/ca.pem" ldapsearch -x -H "ldaps://127.0.0.1" -D "$bind_dn" \
            -w "$bind_password" -b "$base" -s base "(objectClass=*)" 1.1 > /dev/null 2>&1; then
            return 0
        fi
        # Gone already (its pid file written, the process not there): no use waiting.
        if [ -f "$instance/pid/samba.pid" ] && ! kill -0 "$(cat "$instance/pid/samba.pid")" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    echo "samba-ad-fixture: samba did not answer on ldaps://127.0.0.1; the end of its logs:" >&2
    tail -20 "$instance/samba.log" "$instance"/log.* >&2 2>/dev/null || true
    stop_instance
    exit 1
}

case "$action" in
start)
    started=$(date +%s.%N)
    stop_instance
    require_tools
    require_free_ports
    rm -rf "$dir"
    mkdir -p "$dir"
    instance=$(mktemp -d /tmp/castellan-ad.XXXXXX)
    echo "$instance" > "$dir/instance"
    # Whatever fails from here on leaves no samba and no temporary directory behind.
    trap '[ -f "$dir/url" ] || stop_instance' EXIT
    admin_password="Admin-Pass-$(secret)"
    bind_password="Service-Pass-$(secret)"
    user_password="User-Pass-$(secret)"
    bind_dn="CN=$service_user,CN=Users,$base"
    make_certificates
    provision
    add_entries
    # Daemonized, it records its pid in $instance/pid/samba.pid, which stop_instance reads. Should the run die before
    # its stop (a killed ctest), samba still ends by itself after the maximum runtime, and the next start stops it.
    "$samba" -s "$instance/etc/smb.conf" -D --maximum-runtime="$max_runtime" > "$instance/samba.log" 2>&1 ||
        { cat "$instance/samba.log" >&2; exit 1; }
    wait_for_ldaps
    echo "ldap://127.0.0.1" > "$dir/url"
    echo "ldaps://127.0.0.1" > "$dir/ldaps_url"
    cp "$instance/tls/ca.pem" "$dir/ca.pem"
    echo "$base" > "$dir/base_dn"
    echo "$realm" > "$dir/realm"
    echo "$domain" > "$dir/domain"
    echo "$bind_dn" > "$dir/bind_dn"
    echo "$bind_password" > "$dir/bind_password"
    echo "$user_password" > "$dir/user_password"
    cp "$instance/alice_guid" "$dir/alice_guid"
    awk -v realm="$realm" -v from="$started" -v to="$(date +%s.%N)" \
        'BEGIN { printf "samba-ad-fixture: %s on 127.0.0.1:389 (ldaps 636), started in %.1f s\n", realm, to - from }'
    ;;
stop)
    stop_instance
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
