#!/usr/bin/python3
"""A pysaml2 (Debian python3-pysaml2) service provider driven against a running Castellan IdP.

Commands (each prints one JSON object on stdout):
  metadata  the SP's metadata XML (as {"metadata": "..."})
  login     SP-initiated login over --binding redirect|post through the real portal pages (requests over HTTPS):
            parse_authn_request_response validates the signed Response; the NameID, attributes and the
            AuthnContextClassRef are reported, and xmlsec1 --verify checks the Assertion against the metadata cert
  refusals  requests the IdP must refuse: unknown SP, ACS URL not registered, replayed ID, expired IssueInstant
"""
import argparse
import base64
import datetime
import json
import os
import re
import subprocess
import sys
import uuid
import warnings
from urllib.parse import unquote, urlencode

import requests
import urllib3
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256
from saml2.client import Saml2Client
from saml2.config import SPConfig
from saml2.metadata import create_metadata_string
from saml2.s_utils import deflate_and_base64_encode

urllib3.disable_warnings()
warnings.filterwarnings("ignore")


# A CA bundle in the environment would override Session.verify (requests merges it per request): pass verify=False
# on every call, and keep the environment out.
for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
    os.environ.pop(name, None)


def sp_config(args):
    conf = {
        "entityid": args.entity,
        "service": {
            "sp": {
                "endpoints": {
                    "assertion_consumer_service": [(args.acs, BINDING_HTTP_POST)],
                    "single_logout_service": [(slo_url(args), BINDING_HTTP_REDIRECT)],
                },
                "allow_unsolicited": bool(getattr(args, "command", "") == "idp-initiated"),
                "authn_requests_signed": False,
                "want_assertions_signed": True,
                "want_response_signed": False,
            }
        },
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "allow_unknown_attributes": True,
        "accepted_time_diff": 60,
    }
    if args.idp_metadata:
        conf["metadata"] = {"local": [args.idp_metadata]}
    if args.signed:
        key, cert = sp_key(args)
        conf["key_file"] = key
        conf["cert_file"] = cert
        conf["service"]["sp"]["authn_requests_signed"] = True
    config = SPConfig()
    config.load(conf)
    return config


def slo_url(args):
    return args.acs.rsplit("/", 1)[0] + "/slo"


def sp_key(args):
    """The signing SP's key pair (made once per state directory)."""
    key = os.path.join(args.state, "sp-key.pem")
    cert = os.path.join(args.state, "sp-cert.pem")
    if not os.path.exists(cert):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "2", "-subj", "/CN=signing SP"], check=True, capture_output=True)
    return key, cert


def sso_url(args):
    return args.base + "/saml/sso"


def login_session(args, session, response):
    """From the portal's login page (where the IdP sent the browser): post the credentials with the CSRF token."""
    if "/portal/login" not in response.url:
        return response
    csrf = re.search(r'name="csrf" value="([^"]+)"', response.text).group(1)
    page = session.post(args.base + "/portal/login",
                        data={"csrf": csrf, "username": args.user, "password": args.password}, verify=False)
    if args.totp_secret and 'name="otp"' in page.text:
        # The second step: a TOTP code computed by oathtool (RFC 6238), posted with the page's CSRF token.
        code = subprocess.run(["oathtool", "--totp", "-b", args.totp_secret], capture_output=True, text=True,
                              check=True).stdout.strip()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        page = session.post(args.base + "/portal/verify", data={"csrf": csrf, "otp": code}, verify=False)
    return page


def send(session, args, binding, xml, relay_state):
    if binding == "redirect":
        query = urlencode({"SAMLRequest": deflate_and_base64_encode(xml), "RelayState": relay_state})
        return session.get(sso_url(args) + "?" + query, verify=False)
    encoded = base64.b64encode(xml.encode()).decode()
    return session.post(sso_url(args), data={"SAMLRequest": encoded, "RelayState": relay_state}, verify=False)


def posted_response(page):
    saml_response = re.search(r'name="SAMLResponse" value="([^"]+)"', page.text)
    relay = re.search(r'name="RelayState" value="([^"]*)"', page.text)
    action = re.search(r'<form id="saml-post" method="post" action="([^"]+)"', page.text)
    if not saml_response:
        return None, None, None
    return saml_response.group(1), relay.group(1) if relay else "", action.group(1) if action else ""


def xmlsec_verify(args, xml):
    metadata = open(args.idp_metadata).read()
    cert = re.search(r"<ds:X509Certificate>([^<]+)</ds:X509Certificate>", metadata).group(1)
    pem = os.path.join(args.state, "idp-cert.pem")
    with open(pem, "w") as f:
        f.write("-----BEGIN CERTIFICATE-----\n")
        for i in range(0, len(cert), 64):
            f.write(cert[i:i + 64] + "\n")
        f.write("-----END CERTIFICATE-----\n")
    signed = os.path.join(args.state, "response-%s.xml" % args.binding)
    with open(signed, "w") as f:
        f.write(xml)
    run = subprocess.run(["xmlsec1", "--verify", "--pubkey-cert-pem", pem, "--id-attr:ID",
                          "urn:oasis:names:tc:SAML:2.0:assertion:Assertion", signed],
                         capture_output=True, text=True)
    return run.returncode == 0, run.stderr.strip()[-300:]


def login(args):
    client = Saml2Client(config=sp_config(args))
    binding = BINDING_HTTP_REDIRECT if args.binding == "redirect" else BINDING_HTTP_POST
    session = requests.Session()
    session.verify = False
    relay_state = "relay-" + args.binding
    if args.signed:
        # The SP signs its requests (RSA-SHA256: the redirect's query, or an enveloped XML signature over POST with a
        # SHA-256 digest, since the IdP refuses SHA-1 unless the SP is allowed it); an
        # unsigned request from it, or a signed one altered on the way, must be refused.
        _, unsigned = client.create_authn_request(sso_url(args), binding=BINDING_HTTP_POST, sign=False)
        refused = send(requests.Session(), args, args.binding, str(unsigned), "x")
        request_id, info = client.prepare_for_authenticate(
            entityid=args.base + "/saml/metadata", relay_state=relay_state, binding=binding,
            sign=True, sigalg=SIG_RSA_SHA256, digest_alg=DIGEST_SHA256)
        if args.binding == "redirect":
            location = dict(info["headers"])["Location"]
            tampered = requests.get(location.replace("RelayState=relay", "RelayState=other"), verify=False)
            first = session.get(location, verify=False)
            signed = "&Signature=" in location
        else:
            form = info["data"]
            encoded = re.search(r'name="SAMLRequest" value="([^"]+)"', form).group(1)
            xml = base64.b64decode(encoded).decode()
            signed = "<ds:SignatureValue>" in xml or ":SignatureValue>" in xml
            altered = base64.b64encode(xml.replace(args.acs, args.acs + "?x=1").encode()).decode()
            tampered = requests.post(sso_url(args), data={"SAMLRequest": altered, "RelayState": relay_state},
                                     verify=False)
            first = session.post(sso_url(args), data={"SAMLRequest": encoded, "RelayState": relay_state},
                                 verify=False)
        result_extra = {"unsigned_status": refused.status_code, "signed": signed,
                        "tampered_status": tampered.status_code,
                        "tampered_for_signature": "signature" in tampered.text,
                        "unsigned_for_signature": "signature" in refused.text}
    else:
        request_id, request = client.create_authn_request(sso_url(args), binding=BINDING_HTTP_POST)
        first = send(session, args, args.binding, str(request), relay_state)
        result_extra = {}
    result = {"first_status": first.status_code, "first_url": first.url}
    result.update(result_extra)
    page = login_session(args, session, first)
    result["login_status"] = page.status_code
    encoded, relay, action = posted_response(page)
    if not encoded:
        result["error"] = page.text[-500:]
        return result
    result["relay_state"] = relay
    result["action"] = action
    xml = base64.b64decode(encoded).decode()
    authn = client.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={request_id: "/"})
    result["name_id"] = authn.name_id.text
    result["attributes"] = {k: v for k, v in authn.ava.items()}
    result["in_response_to"] = authn.in_response_to == request_id
    result["authn_context"] = re.search(r"<saml:AuthnContextClassRef>([^<]+)<", xml).group(1)
    result["assertion_signed"] = authn.assertion is not None and authn.assertion.signature is not None
    result["xmlsec_verified"], result["xmlsec_output"] = xmlsec_verify(args, xml)
    # SSO: the portal session is still active, so a second request is answered at once.
    request_id2, request2 = client.create_authn_request(sso_url(args), binding=BINDING_HTTP_POST)
    again = send(session, args, args.binding, str(request2), "again")
    encoded2, _, _ = posted_response(again)
    result["sso_without_login"] = bool(encoded2) and "/portal/login" not in again.url
    if encoded2:
        second = client.parse_authn_request_response(encoded2, BINDING_HTTP_POST, outstanding={request_id2: "/"})
        result["sso_name_id"] = second.name_id.text
    if args.logout:
        result.update(single_logout(args, client, session, authn))
    if args.admin_token:
        # An administrator ends the browser's SSO session: the next request must sign in again.
        headers = {"Authorization": "Bearer " + args.admin_token}
        listed = requests.get(args.base + "/api/v1/sso-sessions?user=" + args.user, headers=headers,
                              verify=False).json()
        result["sso_sessions"] = listed
        ended = requests.delete(args.base + "/api/v1/sso-sessions/" + listed["items"][0]["id"], headers=headers,
                                verify=False)
        result["end_status"] = ended.status_code
        _, request3 = client.create_authn_request(sso_url(args), binding=BINDING_HTTP_POST)
        after = send(session, args, args.binding, str(request3), "after")
        result["login_again"] = "/portal/login" in after.url and not posted_response(after)[0]
    return result


def single_logout(args, client, session, authn):
    """SP-initiated SLO over HTTP-Redirect: the IdP ends the session and answers at the SP's SLO URL with a
    LogoutResponse whose query it signed (RSA-SHA256, checked here against the metadata certificate)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    result = {}
    destination = args.base + "/saml/logout"
    _, request = client.create_logout_request(destination, args.base + "/saml/metadata", name_id=authn.name_id,
                                              session_indexes=[authn.session_info()["session_index"]], sign=False)
    if args.signed:
        info = client.apply_binding(BINDING_HTTP_REDIRECT, str(request), destination, relay_state="slo", sign=True,
                                    sigalg=SIG_RSA_SHA256)
        url = dict(info["headers"])["Location"]
    else:
        url = destination + "?" + urlencode({"SAMLRequest": deflate_and_base64_encode(str(request)),
                                             "RelayState": "slo"})
    answer = session.get(url, allow_redirects=False, verify=False)
    result["slo_status"] = answer.status_code
    location = answer.headers.get("Location", "")
    result["slo_to_sp"] = location.startswith(slo_url(args) + "?")
    raw = location.split("?", 1)[1] if "?" in location else ""
    parts = dict(p.split("=", 1) for p in raw.split("&") if "=" in p)
    signed_text = "SAMLResponse=" + parts.get("SAMLResponse", "")
    if "RelayState" in parts:
        signed_text += "&RelayState=" + parts["RelayState"]
    signed_text += "&SigAlg=" + parts.get("SigAlg", "")
    cert = x509.load_pem_x509_certificate(open(os.path.join(args.state, "idp-cert.pem"), "rb").read())
    try:
        cert.public_key().verify(base64.b64decode(unquote(parts.get("Signature", ""))), signed_text.encode(),
                                 padding.PKCS1v15(), hashes.SHA256())
        result["slo_signature_verified"] = True
    except Exception as error:  # noqa: BLE001 - reported to the test
        result["slo_signature_verified"] = False
        result["slo_signature_error"] = repr(error)
    result["slo_relay_state"] = unquote(parts.get("RelayState", ""))
    response = client.parse_logout_request_response(unquote(parts.get("SAMLResponse", "")), BINDING_HTTP_REDIRECT)
    result["slo_success"] = bool(response) and response.status_ok()
    # The browser's session is over: the next AuthnRequest needs the sign-in again.
    _, again = client.create_authn_request(sso_url(args), binding=BINDING_HTTP_POST, sign=False)
    if not args.signed:
        after = send(session, args, "redirect", str(again), "after-slo")
        result["slo_login_again"] = "/portal/login" in after.url and not posted_response(after)[0]
    return result


def idp_initiated(args):
    """IdP-initiated SSO: the user starts at /portal/saml/start?sp=..., signs in, and the SP receives an unsolicited
    Response (no InResponseTo); an SP that does not allow it is refused."""
    client = Saml2Client(config=sp_config(args))
    result = {"refused_status": requests.get(args.base + "/portal/saml/start?sp=" + args.other_sp_id,
                                             verify=False).status_code}
    session = requests.Session()
    first = session.get(args.base + "/portal/saml/start?sp=" + args.sp_id + "&RelayState=from-idp", verify=False)
    page = login_session(args, session, first)
    encoded, relay, action = posted_response(page)
    if not encoded:
        result["error"] = page.text[-500:]
        return result
    xml = base64.b64decode(encoded).decode()
    result["has_in_response_to"] = "InResponseTo" in xml
    result["relay_state"] = relay
    result["action"] = action
    authn = client.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={})
    result["name_id"] = authn.name_id.text
    result["xmlsec_verified"], result["xmlsec_output"] = xmlsec_verify(args, xml)
    return result


def handmade_request(issuer, acs, issue_instant, request_id=None):
    request_id = request_id or "_" + uuid.uuid4().hex
    return ('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
            'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="%s" Version="2.0" IssueInstant="%s" '
            'AssertionConsumerServiceURL="%s" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">'
            '<saml:Issuer>%s</saml:Issuer></samlp:AuthnRequest>' % (request_id, issue_instant, acs, issuer))


def instant(offset_seconds=0):
    at = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=offset_seconds)
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def refusals(args):
    def status(xml, binding="post"):
        session = requests.Session()
        session.verify = False
        r = send(session, args, binding, xml, "x")
        return r.history[0].status_code if r.history else r.status_code

    result = {}
    result["valid"] = status(handmade_request(args.entity, args.acs, instant()))
    result["unknown_sp"] = status(handmade_request("https://unknown.example.test/sp", args.acs, instant()))
    result["wrong_acs"] = status(handmade_request(args.entity, args.acs + "/elsewhere", instant()))
    result["expired"] = status(handmade_request(args.entity, args.acs, instant(-3600)), "redirect")
    result["future"] = status(handmade_request(args.entity, args.acs, instant(3600)))
    replayed = handmade_request(args.entity, args.acs, instant())
    result["replay_first"] = status(replayed, "redirect")
    result["replay_second"] = status(replayed, "redirect")
    xxe = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
           handmade_request(args.entity, args.acs, instant()).replace(args.entity, "&x;"))
    result["doctype"] = status(xxe)
    result["garbage"] = status("not xml at all")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["metadata", "login", "refusals", "idp-initiated"])
    parser.add_argument("--base", default="")
    parser.add_argument("--entity", required=True)
    parser.add_argument("--acs", required=True)
    parser.add_argument("--state", default=".")
    parser.add_argument("--idp-metadata", default="")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--binding", default="redirect")
    parser.add_argument("--totp-secret", default="", help="base32 TOTP secret for the portal's second step")
    parser.add_argument("--sp-id", default="")
    parser.add_argument("--other-sp-id", default="")
    parser.add_argument("--logout", action="store_true", help="SP-initiated single logout after the login")
    parser.add_argument("--admin-token", default="", help="end the SSO session through the REST API afterwards")
    parser.add_argument("--signed", action="store_true", help="an SP that signs its AuthnRequests")
    args = parser.parse_args()
    if args.command == "metadata":
        out = {"metadata": create_metadata_string(None, config=sp_config(args)).decode()}
    elif args.command == "login":
        out = login(args)
    elif args.command == "idp-initiated":
        out = idp_initiated(args)
    else:
        out = refusals(args)
    print(json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
