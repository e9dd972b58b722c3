#!/usr/bin/python3
"""Single sign-on across several pysaml2 (Debian python3-pysaml2) service providers against a running Castellan IdP:
single logout propagated to every SP of a browser's session (SP- and IdP-initiated, HTTP-Redirect and HTTP-POST),
the SP's own application profile (a stronger sign-in when the SSO session does not satisfy it), ForceAuthn and
IsPassive.

Every SP is a real pysaml2 Saml2Client; the browser is a requests.Session that follows the IdP's redirects and
auto-posted forms. Commands print one JSON object on stdout:
  metadata     --entity E --slo-binding redirect|post
  slo-sp       sign in at SP A, then SP B (SSO); A asks for the logout; B is told, A gets the final LogoutResponse
  slo-idp      sign in at A and B, sign out of the portal: both are told, the portal lists them
  step-up      sign in at A (registration profile: password), then at a "strong" SP (saml profile: password + TOTP)
  force-passive  ForceAuthn asks for the sign-in again; IsPassive answers NoPassive without a session
  back-channel   an SP with a SOAP SingleLogoutService (served here on --soap-port) is told when an administrator
                 ends the session, and when the user signs out everywhere else from another browser
"""
import argparse
import base64
import json
import os
import re
import subprocess
import sys
import threading
import types
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, unquote, urlencode, urlparse

import requests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pysaml2_sp as common  # noqa: E402 - the shared helpers of the single-SP script

from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT, BINDING_SOAP  # noqa: E402
from saml2.client import Saml2Client  # noqa: E402
from saml2.config import SPConfig  # noqa: E402
from saml2.metadata import create_metadata_string  # noqa: E402
from saml2.response import StatusNoPassive  # noqa: E402

BINDINGS = {"redirect": BINDING_HTTP_REDIRECT, "post": BINDING_HTTP_POST}


def sp_entity(base_entity):
    return "https://%s.example.test/metadata" % base_entity


def acs_of(name):
    return "https://%s.example.test/acs" % name


def slo_of(name):
    return "https://%s.example.test/slo" % name


def soap_url(args):
    return "http://127.0.0.1:%d/soap" % args.soap_port


def client_for(args, name, slo_binding):
    logout = [(slo_of(name), BINDINGS[slo_binding])]
    if args.soap_port:
        logout.append((soap_url(args), BINDING_SOAP))
    conf = {
        "entityid": sp_entity(name),
        "service": {"sp": {
            "endpoints": {
                "assertion_consumer_service": [(acs_of(name), BINDING_HTTP_POST)],
                "single_logout_service": logout,
            },
            "authn_requests_signed": False,
            "want_assertions_signed": True,
            "want_response_signed": False,
            "logout_requests_signed": False,
        }},
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "allow_unknown_attributes": True,
        "accepted_time_diff": 60,
    }
    if args.idp_metadata:
        conf["metadata"] = {"local": [args.idp_metadata]}
    config = SPConfig()
    config.load(conf)
    return Saml2Client(config=config)


def browser_args(args, user=None, password=None, totp=None):
    return types.SimpleNamespace(base=args.base, user=user or args.user, password=password or args.password,
                                 totp_secret=totp if totp is not None else args.totp_secret, acs="",
                                 idp_metadata=args.idp_metadata, state=args.state, binding="post")


def request_login(args, session, client, relay, **extra):
    """Sends an AuthnRequest (HTTP-POST binding) in the browser; the page it lands on."""
    request_id, request = client.create_authn_request(common.sso_url(args), binding=BINDING_HTTP_POST, **extra)
    page = common.send(session, args, "post", str(request), relay)
    return request_id, str(request), page


def sign_in(args, session, client, relay, user=None, password=None, totp=None):
    """An SP-initiated sign-in through the portal login when the IdP asks for it; the parsed Response."""
    request_id, _, page = request_login(args, session, client, relay)
    asked = "/portal/login" in page.url
    page = common.login_session(browser_args(args, user, password, totp), session, page)
    encoded, _, _ = common.posted_response(page)
    if not encoded:
        return None, asked, page
    return client.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={request_id: "/"}), asked, page


def form_fields(html):
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    action = re.search(r'<form id="saml-post" method="post" action="([^"]+)"', html)
    return (action.group(1) if action else ""), fields


def query_of(location):
    return {k: v[0] for k, v in parse_qs(urlparse(location).query).items()}


def verify_query_signature(args, location, parameter):
    """The IdP's signature over an HTTP-Redirect query, against the metadata certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    raw = location.split("?", 1)[1]
    parts = dict(p.split("=", 1) for p in raw.split("&") if "=" in p)
    signed = parameter + "=" + parts.get(parameter, "")
    if "RelayState" in parts:
        signed += "&RelayState=" + parts["RelayState"]
    signed += "&SigAlg=" + parts.get("SigAlg", "")
    cert = x509.load_pem_x509_certificate(open(idp_cert(args), "rb").read())
    try:
        cert.public_key().verify(base64.b64decode(unquote(parts.get("Signature", ""))), signed.encode(),
                                 padding.PKCS1v15(), hashes.SHA256())
        return True
    except Exception:  # noqa: BLE001 - a failed check is the answer
        return False


def idp_cert(args):
    metadata = open(args.idp_metadata).read()
    cert = re.search(r"<ds:X509Certificate>([^<]+)</ds:X509Certificate>", metadata).group(1)
    pem = os.path.join(args.state, "idp-cert-sso.pem")
    with open(pem, "w") as f:
        f.write("-----BEGIN CERTIFICATE-----\n")
        for i in range(0, len(cert), 64):
            f.write(cert[i:i + 64] + "\n")
        f.write("-----END CERTIFICATE-----\n")
    return pem


def xmlsec_verify_message(args, xml, element):
    path = os.path.join(args.state, "message-%s.xml" % element)
    with open(path, "w") as f:
        f.write(xml)
    run = subprocess.run(["xmlsec1", "--verify", "--pubkey-cert-pem", idp_cert(args), "--id-attr:ID",
                          "urn:oasis:names:tc:SAML:2.0:protocol:" + element, path], capture_output=True, text=True)
    return run.returncode == 0


def sp_answers(args, result, key, client, name_id, answer):
    """SP `client` receives the IdP's LogoutRequest from `answer` (redirect or posted form), checks it, logs the
    user out locally and returns its LogoutResponse as the browser would send it: (method, url, data)."""
    if answer.status_code in (302, 303):
        location = answer.headers["Location"]
        fields = query_of(location)
        result[key + "_binding"] = "redirect"
        result[key + "_signature_verified"] = verify_query_signature(args, location, "SAMLRequest")
        binding = BINDING_HTTP_REDIRECT
        result[key + "_destination_ok"] = location.startswith(client.config.getattr("endpoints", "sp")[
            "single_logout_service"][0][0] + "?")
    else:
        action, fields = form_fields(answer.text)
        result[key + "_binding"] = "post"
        xml = base64.b64decode(fields.get("SAMLRequest", "")).decode()
        result[key + "_signature_verified"] = xmlsec_verify_message(args, xml, "LogoutRequest")
        binding = BINDING_HTTP_POST
        result[key + "_destination_ok"] = action == client.config.getattr("endpoints", "sp")[
            "single_logout_service"][0][0]
    relay = fields.get("RelayState", "")
    info = client.handle_logout_request(fields["SAMLRequest"], name_id, binding, sign=False, relay_state=relay)
    result[key + "_sp_logged_out"] = not client.users.subjects()
    if info.get("method") == "POST":
        return "POST", info["url"], dict(re.findall(r'name="([^"]+)" value="([^"]*)"', info["data"]))
    return "GET", dict(info["headers"])["Location"], None


def deliver(session, method, url, data):
    if method == "POST":
        return session.post(url, data=data, allow_redirects=False, verify=False)
    return session.get(url, allow_redirects=False, verify=False)


def slo_sp(args):
    result = {}
    a = client_for(args, "sp-a", "redirect")
    b = client_for(args, "sp-b", "post")
    session = requests.Session()
    session.verify = False
    authn_a, result["a_asked_login"], _ = sign_in(args, session, a, "a")
    authn_b, result["b_asked_login"], _ = sign_in(args, session, b, "b")
    if not authn_a or not authn_b:
        result["error"] = "sign-in failed"
        return result
    # SP A asks for the logout over HTTP-Redirect (or HTTP-POST with --origin-binding post).
    destination = args.base + "/saml/logout"
    # --no-session-index: a LogoutRequest without SessionIndex, which asks for every session of the NameID to end.
    indexes = None if args.no_session_index else [authn_a.session_info()["session_index"]]
    _, request = a.create_logout_request(destination, args.base + "/saml/metadata", name_id=authn_a.name_id,
                                         session_indexes=indexes, sign=False)
    if args.origin_binding == "post":
        answer = session.post(destination, data={"SAMLRequest": base64.b64encode(str(request).encode()).decode(),
                                                 "RelayState": "from-a"}, allow_redirects=False, verify=False)
    else:
        url = destination + "?" + urlencode({"SAMLRequest": common.deflate_and_base64_encode(str(request)),
                                             "RelayState": "from-a"})
        answer = session.get(url, allow_redirects=False, verify=False)
    # The IdP sends the browser to B first (its binding is HTTP-POST).
    method, url, data = sp_answers(args, result, "b", b, authn_b.name_id, answer)
    back = deliver(session, method, url, data)
    # Then A gets the final LogoutResponse over its own binding (HTTP-Redirect), signed.
    location = back.headers.get("Location", "")
    result["final_to_a"] = location.startswith(slo_of("sp-a") + "?")
    if result["final_to_a"]:
        fields = query_of(location)
        result["final_signature_verified"] = verify_query_signature(args, location, "SAMLResponse")
        result["final_relay_state"] = fields.get("RelayState", "")
        response = a.parse_logout_request_response(fields["SAMLResponse"], BINDING_HTTP_REDIRECT)
        result["final_success"] = bool(response) and response.status_ok()
        result["final_partial"] = "PartialLogout" in str(response.response)
    # Both SPs need a new sign-in now.
    for name, client in (("a", a), ("b", b)):
        _, _, page = request_login(args, session, client, "after")
        result[name + "_login_again"] = "/portal/login" in page.url
    return result


def slo_idp(args):
    result = {}
    a = client_for(args, "sp-a", "redirect")
    b = client_for(args, "sp-b", "post")
    session = requests.Session()
    session.verify = False
    authn_a, _, _ = sign_in(args, session, a, "a")
    authn_b, _, _ = sign_in(args, session, b, "b")
    if not authn_a or not authn_b:
        result["error"] = "sign-in failed"
        return result
    sessions_page = session.get(args.base + "/portal/sessions", verify=False)
    result["sessions_page_lists"] = [name for name in ("SP A", "SP B") if name in sessions_page.text]
    csrf = re.search(r'name="csrf" value="([^"]+)"', sessions_page.text).group(1)
    answer = session.post(args.base + "/portal/logout", data={"csrf": csrf}, allow_redirects=False, verify=False)
    # A first (it was signed into first), over HTTP-Redirect; then B over HTTP-POST.
    method, url, data = sp_answers(args, result, "a", a, authn_a.name_id, answer)
    answer = deliver(session, method, url, data)
    method, url, data = sp_answers(args, result, "b", b, authn_b.name_id, answer)
    answer = deliver(session, method, url, data)
    location = answer.headers.get("Location", "")
    result["ends_on_portal"] = location.startswith("/portal/signed-out?logout=")
    page = session.get(args.base + location, verify=False)
    result["signed_out_page"] = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.text))[-600:]
    result["portal_signed_out"] = "/portal/login" in session.get(args.base + "/portal/home", verify=False).url
    return result


def step_up(args):
    result = {}
    a = client_for(args, "sp-a", "redirect")
    strong = client_for(args, "sp-strong", "redirect")
    session = requests.Session()
    session.verify = False
    # The registration profile (SP A has no profile of its own) asks for the password only.
    authn, result["a_asked_login"], _ = sign_in(args, session, a, "a", totp="")
    result["a_context"] = authn.authn_info()[0][0] if authn else ""
    # The strong SP's saml profile needs a TOTP code too: the IdP asks again, with the name filled in.
    request_id, _, page = request_login(args, session, strong, "strong")
    result["strong_asked_login"] = "/portal/login" in page.url
    result["username_filled_in"] = 'value="%s"' % args.user in page.text
    page = common.login_session(browser_args(args), session, page)
    encoded, _, _ = common.posted_response(page)
    if encoded:
        second = strong.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={request_id: "/"})
        result["strong_context"] = second.authn_info()[0][0]
        result["strong_name_id"] = second.name_id.text
    # Now the session satisfies both: A answers at once.
    again, asked, _ = sign_in(args, session, a, "a-again", totp="")
    result["a_again_without_login"] = bool(again) and not asked
    return result


def force_passive(args):
    result = {}
    a = client_for(args, "sp-a", "redirect")
    # IsPassive without a session: a NoPassive status, no login page.
    fresh = requests.Session()
    fresh.verify = False
    request_id, xml, page = request_login(args, fresh, a, "passive", is_passive="true")
    result["passive_sent"] = 'IsPassive="true"' in xml
    result["passive_shows_login"] = "/portal/login" in page.url
    encoded, relay, _ = common.posted_response(page)
    try:
        a.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={request_id: "/"})
        result["no_passive"] = False
    except StatusNoPassive:
        result["no_passive"] = True
    result["passive_relay_state"] = relay
    # With a session: IsPassive is answered with an assertion; ForceAuthn asks for the sign-in again.
    session = requests.Session()
    session.verify = False
    authn, _, _ = sign_in(args, session, a, "first")
    result["signed_in"] = bool(authn)
    request_id, _, page = request_login(args, session, a, "passive2", is_passive="true")
    encoded, _, _ = common.posted_response(page)
    result["passive_with_session"] = bool(encoded) and bool(
        a.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={request_id: "/"}))
    request_id, xml, page = request_login(args, session, a, "force", force_authn="true")
    result["force_sent"] = 'ForceAuthn="true"' in xml
    result["force_asks_login"] = "/portal/login" in page.url
    page = common.login_session(browser_args(args), session, page)
    encoded, _, _ = common.posted_response(page)
    result["force_answered"] = bool(encoded) and bool(
        a.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={request_id: "/"}))
    return result


class SoapSp:
    """The SP's SOAP SingleLogoutService: every LogoutRequest goes through pysaml2's handle_logout_request."""

    def __init__(self, args, client, name_id):
        self.received = []
        self.answers = []
        self.errors = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server name
                body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
                outer.received.append(body)
                # The signature is checked with xmlsec1 by the test (against the IdP's metadata certificate).
                # pysaml2 cannot check it here: for SOAP it re-serialises the LogoutRequest with its own prefixes
                # (ns0, ns1, ...), which exclusive c14n does not forgive, so it gets the message without it.
                unsigned = re.sub(r"<ds:Signature.*</ds:Signature>", "", body, flags=re.S)
                try:
                    info = client.handle_logout_request(unsigned, name_id, BINDING_SOAP, sign=False)
                except Exception as error:  # noqa: BLE001 - reported to the test
                    outer.errors.append(repr(error))
                    raise
                data = info["data"] if isinstance(info["data"], bytes) else info["data"].encode()
                outer.answers.append(re.findall(r'StatusCode Value="([^"]+)"', data.decode()))
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *unused):
                pass

        self.server = HTTPServer(("127.0.0.1", args.soap_port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


def back_channel(args):
    result = {}
    client = client_for(args, "sp-soap", "redirect")
    admin = {"Authorization": "Bearer " + args.admin_token}
    session = requests.Session()
    session.verify = False
    authn, _, _ = sign_in(args, session, client, "soap")
    if not authn:
        return {"error": "sign-in failed"}
    soap = SoapSp(args, client, authn.name_id)
    try:
        listed = requests.get(args.base + "/api/v1/sso-sessions?user=" + args.user, headers=admin,
                              verify=False).json()
        ended = requests.delete(args.base + "/api/v1/sso-sessions/" + listed["items"][0]["id"], headers=admin,
                                verify=False)
        result["delete_status"] = ended.status_code
        result["admin_soap_received"] = len(soap.received)
        if soap.received:
            result["admin_soap_signature_verified"] = xmlsec_verify_message(args, soap.received[0], "LogoutRequest")
        result["admin_sp_logged_out"] = not client.users.subjects()
        # Signed in again; from a second browser the user signs out everywhere else.
        authn, asked, _ = sign_in(args, session, client, "soap-again")
        result["signed_in_again"] = bool(authn) and asked
        soap_client_name_id = authn.name_id if authn else None
        other = requests.Session()
        other.verify = False
        page = common.login_session(browser_args(args), other, other.get(args.base + "/portal/login", verify=False))
        page = other.get(args.base + "/portal/sessions", verify=False)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        other.post(args.base + "/portal/sessions/end-all", data={"csrf": csrf}, verify=False)
        result["user_soap_received"] = len(soap.received) - 1
        result["user_sp_logged_out"] = soap_client_name_id is not None and not client.users.subjects()
    finally:
        result["sp_answers"] = soap.answers
        result["sp_errors"] = soap.errors
        soap.close()
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["metadata", "slo-sp", "slo-idp", "step-up", "force-passive",
                                            "back-channel"])
    parser.add_argument("--soap-port", type=int, default=0)
    parser.add_argument("--origin-binding", default="redirect", help="slo-sp: how SP A sends its LogoutRequest")
    parser.add_argument("--no-session-index", action="store_true", help="slo-sp: a LogoutRequest without SessionIndex")
    parser.add_argument("--admin-token", default="")
    parser.add_argument("--base", default="")
    parser.add_argument("--state", default=".")
    parser.add_argument("--idp-metadata", default="")
    parser.add_argument("--name", default="sp-a", help="metadata: sp-a, sp-b or sp-strong")
    parser.add_argument("--slo-binding", default="redirect")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--totp-secret", default="")
    args = parser.parse_args()
    if args.command == "metadata":
        client = client_for(args, args.name, args.slo_binding)
        out = {"metadata": create_metadata_string(None, config=client.config).decode()}
    else:
        out = {"slo-sp": slo_sp, "slo-idp": slo_idp, "step-up": step_up, "force-passive": force_passive,
               "back-channel": back_channel}[args.command](args)
    print(json.dumps(out, default=str))


if __name__ == "__main__":
    sys.exit(main())
