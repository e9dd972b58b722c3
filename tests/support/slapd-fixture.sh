#!/usr/bin/env bash
# Starts or stops a throw-away OpenLDAP directory (slapd) on free loopback ports for the directory tests.
#   slapd-fixture.sh start DIR   -> a fresh instance under /tmp, its connection details written to DIR
#   slapd-fixture.sh stop DIR    -> stop slapd and remove both directories
# DIR then holds: url (ldap://, StartTLS offered), ldaps_url (ldaps://), ca.pem (the test CA that signed the server
# certificate), base_dn, bind_dn and bind_password (the service account), user_password (every sample user's),
# root_dn and root_password (to change entries in a test), pid_file (where slapd's pid is, to pause it).
#
# The directory: suffix dc=castellan,dc=test on the mdb backend with the memberof overlay; users
# (inetOrgPerson: uid, mail, mobile, givenName, sn, userPassword) under ou=people: alice, bob, carol and user001 to
# user065; groups (groupOfNames) under ou=groups: engineers (bob), vpn-users (alice and the engineers group: bob is a
# nested member), staff (carol). The service account is an ordinary entry, not the rootdn, so limits apply to it:
# a search returns at most 50 entries, but a paged search (RFC 2696) may see them all (as Active Directory's
# MaxPageSize does).
set -euo pipefail
action=${1:?start|stop}
dir=${2:?directory}
slapd=/usr/sbin/slapd
[ -x "$slapd" ] || { echo "slapd-fixture: slapd not found (install 'slapd' and 'ldap-utils')" >&2; exit 1; }
command -v ldapadd > /dev/null || { echo "slapd-fixture: ldapadd not found (install 'ldap-utils')" >&2; exit 1; }

base="dc=castellan,dc=test"
root_dn="cn=admin,$base"
service_dn="cn=castellan-service,ou=services,$base"
user_count=65

stop_instance() {
    [ -f "$dir/instance" ] || return 0
    instance=$(cat "$dir/instance")
    if [ -f "$instance/slapd.pid" ]; then
        pid=$(cat "$instance/slapd.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    case "$instance" in /tmp/castellan-ldap.*) rm -rf "$instance" ;; esac
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

secret() {
    head -c 18 /dev/urandom | base64 | tr -d '/+='
}

# A CA and a server certificate it signs. libldap checks the name after a reverse lookup of the peer address,
# which on some machines names 127.0.0.1 after the host: the certificate carries that name too.
make_certificates() {
    local names="DNS:localhost,IP:127.0.0.1,DNS:$(hostname)"
    if [ "$(hostname -f 2>/dev/null || hostname)" != "$(hostname)" ]; then
        names="$names,DNS:$(hostname -f)"
    fi
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Castellan Test Directory CA" \
        -keyout "$instance/ca.key" -out "$instance/ca.pem" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$instance/server.key" \
        -out "$instance/server.csr" 2>/dev/null
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "$names" > "$instance/ext"
    openssl x509 -req -in "$instance/server.csr" -CA "$instance/ca.pem" -CAkey "$instance/ca.key" \
        -CAcreateserial -days 2 -extfile "$instance/ext" -out "$instance/server.pem" 2>/dev/null
}

write_config() {
    cat > "$instance/slapd.conf" <<EOF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload memberof
pidfile $instance/slapd.pid
argsfile $instance/slapd.args
TLSCACertificateFile $instance/ca.pem
TLSCertificateFile $instance/server.pem
TLSCertificateKeyFile $instance/server.key

database mdb
maxsize 67108864
suffix "$base"
rootdn "$root_dn"
rootpw $root_password
directory $instance/data
# Below the number of users: only paged searches see them all.
limits users size.soft=50 size.hard=50 size.pr=50 size.prtotal=unlimited
index objectClass,uid,mail eq
access to attrs=userPassword by self write by anonymous auth by * none
access to * by users read by * none
overlay memberof
EOF
}

# LDIF of the sample entries; groups after their members (the memberof overlay only sees existing entries).
write_entries() {
    {
        printf 'dn: %s\nobjectClass: dcObject\nobjectClass: organization\ndc: castellan\no: Castellan Test\n\n' "$base"
        for ou in people groups services; do
            printf 'dn: ou=%s,%s\nobjectClass: organizationalUnit\nou: %s\n\n' "$ou" "$base" "$ou"
        done
        printf 'dn: %s\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\ncn: castellan-service\n' \
            "$service_dn"
        printf 'userPassword: %s\n\n' "$bind_password"
        person alice Alice Archer "+90 555 000 0001"
        person bob Bob Builder "+90 555 000 0002"
        person carol Carol Clerk "+90 555 000 0003"
        for i in $(seq -f '%03g' 1 $user_count); do
            person "user$i" User "Number $i" "+90 555 100 0$i"
        done
        group engineers "uid=bob,ou=people,$base"
        group vpn-users "uid=alice,ou=people,$base" "cn=engineers,ou=groups,$base"
        group staff "uid=carol,ou=people,$base"
    } > "$instance/entries.ldif"
}

person() {
    printf 'dn: uid=%s,ou=people,%s\nobjectClass: inetOrgPerson\nuid: %s\ncn: %s %s\ngivenName: %s\nsn: %s\n' \
        "$1" "$base" "$1" "$2" "$3" "$2" "$3"
    printf 'mail: %s@castellan.test\nmobile: %s\nuserPassword: %s\n\n' "$1" "$4" "$user_password"
}

group() {
    local name=$1
    shift
    printf 'dn: cn=%s,ou=groups,%s\nobjectClass: groupOfNames\ncn: %s\n' "$name" "$base" "$name"
    for member in "$@"; do
        printf 'member: %s\n' "$member"
    done
    printf '\n'
}

case "$action" in
start)
    stop_instance
    rm -rf "$dir"
    mkdir -p "$dir"
    instance=$(mktemp -d /tmp/castellan-ldap.XXXXXX)
    echo "$instance" > "$dir/instance"
    mkdir -p "$instance/data"
    port=$(free_port)
    tls_port=$(free_port)
    while [ "$tls_port" = "$port" ]; do tls_port=$(free_port); done
    root_password=$(secret)
    bind_password=$(secret)
    user_password="User-Pass-$(secret)"
    make_certificates
    write_config
    write_entries
    "$slapd" -f "$instance/slapd.conf" -h "ldap://127.0.0.1:$port/ ldaps://127.0.0.1:$tls_port/" \
        > "$instance/slapd.log" 2>&1 || { cat "$instance/slapd.log" >&2; exit 1; }
    for _ in $(seq 100); do
        ldapsearch -x -H "ldap://127.0.0.1:$port" -s base -b "" namingContexts > /dev/null 2>&1 && break
        sleep 0.1
    done
    ldapadd -x -H "ldap://127.0.0.1:$port" -D "$root_dn" -w "$root_password" -f "$instance/entries.ldif" \
        > "$instance/ldapadd.log" 2>&1 || { cat "$instance/ldapadd.log" >&2; exit 1; }
    echo "ldap://127.0.0.1:$port" > "$dir/url"
    echo "ldaps://127.0.0.1:$tls_port" > "$dir/ldaps_url"
    cp "$instance/ca.pem" "$dir/ca.pem"
    echo "$base" > "$dir/base_dn"
    echo "$service_dn" > "$dir/bind_dn"
    echo "$bind_password" > "$dir/bind_password"
    echo "$user_password" > "$dir/user_password"
    echo "$root_dn" > "$dir/root_dn"
    echo "$root_password" > "$dir/root_password"
    echo "$instance/slapd.pid" > "$dir/pid_file"
    echo "slapd-fixture: running on 127.0.0.1:$port (ldaps $tls_port), $((user_count + 3)) users"
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
