#!/usr/bin/env python3
"""A tiny MaxMind DB writer for tests (Debian packages no writer): an IPv4 search tree with 24-bit records, a data
section of maps, strings and unsigned integers, and the metadata map. Follows the MaxMind DB File Format
Specification 2.0 (https://maxmind.github.io/MaxMind-DB/).

    mmdb_writer.py OUT.mmdb                       # 127.0.0.0/8 -> Testland / Testkent (with Turkish names)
    mmdb_writer.py OUT.mmdb NETWORK=JSON ...      # e.g. 10.0.0.0/8='{"country":{"names":{"en":"X"}}}'
"""
import ipaddress
import json
import struct
import sys
import time

# Data types (spec "Output Data Section"): pointer 1, UTF-8 string 2, double 3, bytes 4, uint16 5, uint32 6, map 7;
# extended (type byte after the control byte, value - 7): int32 8, uint64 9, uint128 10, array 11, boolean 14.
UTF8, UINT16, UINT32, MAP, UINT64, ARRAY, BOOLEAN = 2, 5, 6, 7, 9, 11, 14


def control(kind, size):
    """The control byte (type in the top 3 bits, size in the low 5), the extended type byte, the size bytes."""
    if size < 29:
        head, extra = size, b""
    elif size < 29 + 256:
        head, extra = 29, bytes([size - 29])
    elif size < 285 + 65536:
        head, extra = 30, struct.pack(">H", size - 285)
    else:
        head, extra = 31, struct.pack(">I", size - 65821)[1:]
    if kind <= 7:
        return bytes([(kind << 5) | head]) + extra
    return bytes([head, kind - 7]) + extra


class Typed(int):
    """An unsigned integer of a given MaxMind DB type (the metadata's fields have fixed types)."""

    def __new__(cls, value, kind):
        number = int.__new__(cls, value)
        number.kind = kind
        return number


def encode(value):
    if isinstance(value, Typed):
        raw = int(value).to_bytes((int(value).bit_length() + 7) // 8, "big")
        return control(value.kind, len(raw)) + raw
    if isinstance(value, bool):
        return control(BOOLEAN, 1 if value else 0)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return control(UTF8, len(raw)) + raw
    if isinstance(value, int):
        kind = UINT16 if value < 1 << 16 else UINT32 if value < 1 << 32 else UINT64
        raw = value.to_bytes((value.bit_length() + 7) // 8, "big")  # minimal length; 0 has none
        return control(kind, len(raw)) + raw
    if isinstance(value, dict):
        out = control(MAP, len(value))
        for key, item in value.items():
            out += encode(str(key)) + encode(item)
        return out
    if isinstance(value, list):
        return control(ARRAY, len(value)) + b"".join(encode(item) for item in value)
    raise TypeError("cannot encode %r" % (value,))


def build(networks, description="Castellan test GeoIP database", languages=("en", "tr")):
    """The bytes of an IPv4 database mapping each network (e.g. '127.0.0.0/8') to its record (a dict)."""
    data = b""
    nodes = [[None, None]]  # each record: None (no data), ("node", index) or ("data", offset)
    for network, record in networks.items():
        net = ipaddress.IPv4Network(network)
        offset = len(data)
        data += encode(record)
        bits = int(net.network_address)
        node = 0
        for depth in range(net.prefixlen):
            bit = (bits >> (31 - depth)) & 1
            if depth == net.prefixlen - 1:
                nodes[node][bit] = ("data", offset)
                break
            child = nodes[node][bit]
            if child is None:
                nodes.append([None, None])
                child = ("node", len(nodes) - 1)
                nodes[node][bit] = child
            elif child[0] != "node":
                raise ValueError("overlapping networks are not supported: %s" % network)
            node = child[1]
    count = len(nodes)

    def record_value(entry):
        if entry is None:
            return count
        if entry[0] == "node":
            return entry[1]
        return count + 16 + entry[1]  # data pointers skip the 16-byte separator

    tree = b""
    for left, right in nodes:
        tree += record_value(left).to_bytes(3, "big") + record_value(right).to_bytes(3, "big")
    metadata = {
        "node_count": Typed(count, UINT32),
        "record_size": Typed(24, UINT16),
        "ip_version": Typed(4, UINT16),
        "database_type": "Castellan-Test-City",
        "languages": list(languages),
        "binary_format_major_version": Typed(2, UINT16),
        "binary_format_minor_version": Typed(0, UINT16),
        "build_epoch": Typed(int(time.time()), UINT64),
        "description": {"en": description},
    }
    return tree + bytes(16) + data + b"\xab\xcd\xefMaxMind.com" + encode(metadata)


DEFAULT = {
    "127.0.0.0/8": {
        "city": {"names": {"en": "Testville", "tr": "Testkent"}},
        "country": {"iso_code": "TL", "names": {"en": "Testland", "tr": "Testülke"}},
    }
}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    networks = dict(DEFAULT)
    for item in argv[2:]:
        network, _, text = item.partition("=")
        networks[network] = json.loads(text)
    with open(argv[1], "wb") as out:
        out.write(build(networks))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
