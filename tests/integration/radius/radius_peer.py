#!/usr/bin/python3
"""A RADIUS peer for Castellan's integration tests, built on pyrad (Debian python3-pyrad).

pyrad 2.1 makes and reads the packets (User-Password hiding, Response Authenticator check); this script adds what
pyrad lacks: Message-Authenticator (RFC 2869 section 5.14) on requests and its check on answers, Proxy-State,
a chosen source address, and sending the very same datagram again after its answer (RFC 5080 duplicates).

It prints one JSON object per answer expected:
  {"code": 2, "first_attribute": 80, "authentic": true, "attributes": {"Reply-Message": ["..."]}, "raw": "hex"}
or {"code": null} when no answer came within the timeout.
"""
import argparse
import hashlib
import hmac
import json
import os
import socket
import sys

from pyrad.dictionary import Dictionary
from pyrad.packet import AuthPacket, Packet

DICTIONARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dictionary")
MAC_TYPE = 80


def attribute_offsets(raw, wanted):
    at, found = 20, []
    while at + 2 <= len(raw) and raw[at + 1] >= 2:
        if raw[at] == wanted:
            found.append(at)
        at += raw[at + 1]
    return found


def sign_request(raw, secret):
    """Fills the (zeroed) Message-Authenticator of an Access-Request."""
    raw = bytearray(raw)
    for at in attribute_offsets(raw, MAC_TYPE):
        raw[at + 2:at + 18] = hmac.new(secret, bytes(raw), hashlib.md5).digest()
    return bytes(raw)


def answer_is_authentic(request, reply, raw, secret):
    if not request.VerifyReply(reply, raw):
        return False
    for at in attribute_offsets(raw, MAC_TYPE):
        copy = bytearray(raw)
        copy[4:20] = request.authenticator
        copy[at + 2:at + 18] = b"\0" * 16
        if hmac.new(secret, bytes(copy), hashlib.md5).digest() != raw[at + 2:at + 18]:
            return False
    return True


def build(args, dictionary):
    secret = args.secret.encode()
    request = AuthPacket(code=args.code, secret=secret, dict=dictionary)
    if args.message_authenticator:
        request["Message-Authenticator"] = b"\0" * 16  # first, as a BlastRADIUS-safe client sends it
    if args.user is not None:
        request["User-Name"] = args.user
    if args.password is not None:
        # pyrad hides an empty password as nothing; RFC 2865 section 5.2 pads it to one 16-byte block.
        request["User-Password"] = request.PwCrypt(args.password or b"\0" * 16)
    if args.state:
        request["State"] = bytes.fromhex(args.state)
    if args.calling_station_id:
        request["Calling-Station-Id"] = args.calling_station_id
    if args.proxy_state:
        request["Proxy-State"] = bytes.fromhex(args.proxy_state)
    raw = request.RequestPacket()
    return request, sign_request(raw, secret) if args.message_authenticator else raw


def describe(request, raw, secret, dictionary):
    reply = Packet(packet=raw, dict=dictionary, secret=secret)
    attributes = {}
    for key in reply.keys():
        name = key if isinstance(key, str) else str(key)
        values = reply[key]
        attributes[name] = [v.hex() if isinstance(v, bytes) else str(v) for v in values]
    return {"code": raw[0], "identifier": raw[1], "first_attribute": raw[20] if len(raw) > 20 else None,
            "authentic": answer_is_authentic(request, reply, raw, secret), "attributes": attributes, "raw": raw.hex()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--bind", default=None, help="source address")
    parser.add_argument("--code", type=int, default=1)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--state", help="hex")
    parser.add_argument("--calling-station-id")
    parser.add_argument("--proxy-state", help="hex")
    parser.add_argument("--message-authenticator", action="store_true")
    parser.add_argument("--raw", help="send these hex bytes instead of a request")
    parser.add_argument("--send-twice", action="store_true",
                        help="send the same datagram again (same source port) once the first answer came")
    parser.add_argument("--timeout", type=float, default=2.0)
    args = parser.parse_args()

    dictionary = Dictionary(DICTIONARY)
    family = socket.AF_INET6 if ":" in args.server else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_DGRAM)
    sock.bind((args.bind or ("::" if family == socket.AF_INET6 else "0.0.0.0"), 0))
    sock.settimeout(args.timeout)
    request, raw = build(args, dictionary)
    if args.raw:
        raw = bytes.fromhex(args.raw)
    for _ in range(2 if args.send_twice else 1):
        sock.sendto(raw, (args.server, args.port))  # the second time: a retransmission after the answer
        try:
            answer, _ = sock.recvfrom(4096)
        except socket.timeout:
            print(json.dumps({"code": None}))
            continue
        print(json.dumps(describe(request, answer, args.secret.encode(), dictionary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
