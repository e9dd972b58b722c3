#!/usr/bin/python3
"""A pysaml2 (Debian python3-pysaml2) service provider that checks which IdP certificate a login's signed Response
verifies against, for the IdP signing key rotation test (TestSamlKeyRotation).

Commands (each prints one JSON object on stdout):
  metadata  the SP's metadata XML (as {"metadata": "..."})
  login     SP-initiated login over HTTP-POST through the real portal pages, then the Response is checked by
            pysaml2 SPs that know the IdP by its full metadata, by the metadata cut down to --new-cert only and to
            --old-cert only, and by xmlsec1 --verify --pubkey-cert-pem with each certificate
"""
import argparse
import base64
import json
import os
import re
import subprocess
import sys
import warnings

import requests
import urllib3
from saml2 import BINDING_HTTP_POST
from saml2.client import Saml2Client
from saml2.config import SPConfig
from saml2.metadata import create_metadata_string

urllib3.disable_warnings()
warnings.filterwarnings("ignore")

# A CA bundle in the environment would override Session.verify: pass verify=False on every call, keep it out.
for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
    os.environ.pop(name, None)

ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion:Assertion"
KEY_DESCRIPTOR = re.compile(r"\s*<md:KeyDescriptor use=\"signing\">.*?</md:KeyDescriptor>", re.S)


def sp_client(args, idp_metadata):
    conf = {
        "entityid": args.entity,
        "service": {
            "sp": {
                "endpoints": {"assertion_consumer_service": [(args.acs, BINDING_HTTP_POST)]},
                "authn_requests_signed": False,
                "want_assertions_signed": True,
                "want_response_signed": False,
            }
        },
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "allow_unknown_attributes": True,
        "accepted_time_diff": 60,
    }
    if idp_metadata:
        conf["metadata"] = {"local": [idp_metadata]}
    config = SPConfig()
    config.load(conf)
    return Saml2Client(config=config)


def certificate_base64(pem_file):
    """The DER of a PEM certificate as base64 on one line (ds:X509Certificate content)."""
    lines = open(pem_file).read().strip().splitlines()
    return "".join(line.strip() for line in lines if not line.startswith("-----"))


def metadata_with_only(args, certificate, name):
    """The IdP's metadata as an SP that knows only `certificate` would hold it (e.g. one that never refreshed)."""
    metadata = open(args.idp_metadata).read()
    kept = [d for d in KEY_DESCRIPTOR.findall(metadata) if certificate in d]
    if len(kept) != 1:
        raise SystemExit("the IdP metadata does not publish the certificate %s once" % name)
    first = KEY_DESCRIPTOR.search(metadata)
    cut = KEY_DESCRIPTOR.sub("", metadata)
    cut = cut[:first.start()] + kept[0] + cut[first.start():]
    path = os.path.join(args.state, "idp-metadata-%s.xml" % name)
    with open(path, "w") as f:
        f.write(cut)
    return path


def login_session(args, session, response):
    """From the portal's login page (where the IdP sent the browser): post the credentials with the CSRF token."""
    if "/portal/login" not in response.url:
        return response
    csrf = re.search(r'name="csrf" value="([^"]+)"', response.text).group(1)
    return session.post(args.base + "/portal/login",
                        data={"csrf": csrf, "username": args.user, "password": args.password}, verify=False)


def pysaml2_accepts(args, idp_metadata, request_id, encoded):
    """Whether a pysaml2 SP holding `idp_metadata` accepts the signed Response; the refusal's class otherwise."""
    try:
        authn = sp_client(args, idp_metadata).parse_authn_request_response(
            encoded, BINDING_HTTP_POST, outstanding={request_id: "/"})
    except Exception as error:  # noqa: BLE001 - reported to the test
        return False, type(error).__name__
    if authn is None or authn.assertion is None or authn.assertion.signature is None:
        return False, "no signed assertion"
    return True, authn.name_id.text


def xmlsec_verifies(args, xml, pem_file):
    signed = os.path.join(args.state, "rotation-response.xml")
    with open(signed, "w") as f:
        f.write(xml)
    run = subprocess.run(["xmlsec1", "--verify", "--pubkey-cert-pem", pem_file, "--id-attr:ID", ASSERTION, signed],
                         capture_output=True, text=True)
    return run.returncode == 0, run.stderr.strip()[-300:]


def login(args):
    new_cert = certificate_base64(args.new_cert)
    old_cert = certificate_base64(args.old_cert)
    client = sp_client(args, args.idp_metadata)
    session = requests.Session()
    session.verify = False
    request_id, request = client.create_authn_request(args.base + "/saml/sso", binding=BINDING_HTTP_POST)
    first = session.post(args.base + "/saml/sso",
                         data={"SAMLRequest": base64.b64encode(str(request).encode()).decode(), "RelayState": "r"},
                         verify=False)
    page = login_session(args, session, first)
    found = re.search(r'name="SAMLResponse" value="([^"]+)"', page.text)
    if not found:
        return {"error": page.text[-500:], "status": page.status_code}
    encoded = found.group(1)
    xml = base64.b64decode(encoded).decode()
    signer = re.search(r"X509Certificate>([^<]+)<", xml)
    result = {"key_info_is_new": bool(signer) and signer.group(1).replace("\n", "") == new_cert}
    result["full_metadata"] = pysaml2_accepts(args, args.idp_metadata, request_id, encoded)
    result["new_only"] = pysaml2_accepts(args, metadata_with_only(args, new_cert, "new"), request_id, encoded)
    result["old_only"] = pysaml2_accepts(args, metadata_with_only(args, old_cert, "old"), request_id, encoded)
    result["xmlsec_new"] = xmlsec_verifies(args, xml, args.new_cert)
    result["xmlsec_old"] = xmlsec_verifies(args, xml, args.old_cert)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["metadata", "login"])
    parser.add_argument("--base", default="")
    parser.add_argument("--entity", required=True)
    parser.add_argument("--acs", required=True)
    parser.add_argument("--state", default=".")
    parser.add_argument("--idp-metadata", default="", help="the IdP's metadata as served")
    parser.add_argument("--new-cert", default="", help="PEM file: the certificate of the key that should sign")
    parser.add_argument("--old-cert", default="", help="PEM file: the certificate of the key that should not")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    args = parser.parse_args()
    if args.command == "metadata":
        out = {"metadata": create_metadata_string(None, config=sp_client(args, "").config).decode()}
    else:
        out = login(args)
    print(json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
