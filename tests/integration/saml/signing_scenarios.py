#!/usr/bin/python3
"""Signature algorithms and signing choices between a stock pysaml2 (Debian python3-pysaml2 7.0) SP and a running
Castellan IdP.

A stock pysaml2 SP that signs its requests uses RSA-SHA1 (and a SHA-1 digest over HTTP-POST) unless told otherwise;
the IdP refuses that unless the administrator allows SHA-1 for the SP, with a page naming the algorithm. The IdP's
Response is signed as the SP's `response_signing` says (assertion, response, both) with its `signature_algorithm`;
pysaml2 (want_response_signed / want_assertions_signed) and `xmlsec1 --verify` check it. Commands print one JSON
object on stdout:
  metadata  --entity E                     the SP's metadata (signing SP: AuthnRequestsSigned, its certificate)
  request   --entity E --binding redirect|post [--sigalg default|sha256|sha512]
            one signed AuthnRequest: the status, the page's text, and (when answered) the Response checked as
            --want assertion|response|both says
"""
import argparse
import base64
import html
import json
import os
import re
import subprocess
import sys

import requests

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pysaml2_sp as common  # noqa: E402 - the shared helpers of the single-SP script

from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT  # noqa: E402
from saml2.client import Saml2Client  # noqa: E402
from saml2.config import SPConfig  # noqa: E402
from saml2.metadata import create_metadata_string  # noqa: E402
from saml2.xmldsig import DIGEST_SHA256, DIGEST_SHA512, SIG_RSA_SHA256, SIG_RSA_SHA512  # noqa: E402

# sha256-digest-sha1: RSA-SHA256 over pysaml2's default SHA-1 digest (HTTP-POST).
ALGORITHMS = {"default": (None, None), "sha256": (SIG_RSA_SHA256, DIGEST_SHA256),
              "sha256-digest-sha1": (SIG_RSA_SHA256, None),
              "sha512": (SIG_RSA_SHA512, DIGEST_SHA512)}


def acs_of(args):
    return args.entity.replace("/metadata", "/acs")


def config_for(args):
    key, cert = common.sp_key(args)
    conf = {
        "entityid": args.entity,
        "key_file": key,
        "cert_file": cert,
        "service": {"sp": {
            "endpoints": {"assertion_consumer_service": [(acs_of(args), BINDING_HTTP_POST)]},
            "authn_requests_signed": True,
            "want_assertions_signed": args.want in ("assertion", "both"),
            "want_response_signed": args.want in ("response", "both"),
        }},
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "allow_unknown_attributes": True,
        "accepted_time_diff": 60,
    }
    if args.idp_metadata:
        conf["metadata"] = {"local": [args.idp_metadata]}
    config = SPConfig()
    config.load(conf)
    return config


def xmlsec_verify(args, xml, element, name):
    """xmlsec1 --verify of the first signature in `xml` (an element with ID attributes of `element`)."""
    path = os.path.join(args.state, "signing-%s.xml" % name)
    with open(path, "w") as f:
        f.write(xml)
    run = subprocess.run(["xmlsec1", "--verify", "--pubkey-cert-pem", common_idp_cert(args), "--id-attr:ID",
                          element, path], capture_output=True, text=True)
    return run.returncode == 0


def common_idp_cert(args):
    metadata = open(args.idp_metadata).read()
    cert = re.search(r"<ds:X509Certificate>([^<]+)</ds:X509Certificate>", metadata).group(1)
    pem = os.path.join(args.state, "idp-cert-signing.pem")
    with open(pem, "w") as f:
        f.write("-----BEGIN CERTIFICATE-----\n")
        for i in range(0, len(cert), 64):
            f.write(cert[i:i + 64] + "\n")
        f.write("-----END CERTIFICATE-----\n")
    return pem


def request(args):
    client = Saml2Client(config=config_for(args))
    session = requests.Session()
    session.verify = False
    sigalg, digest = ALGORITHMS[args.sigalg]
    binding = BINDING_HTTP_REDIRECT if args.binding == "redirect" else BINDING_HTTP_POST
    extra = {"sigalg": sigalg} if sigalg else {}
    if digest and args.binding == "post":
        extra["digest_alg"] = digest
    request_id, info = client.prepare_for_authenticate(entityid=args.base + "/saml/metadata", relay_state="rs",
                                                       binding=binding, sign=True, **extra)
    if args.binding == "redirect":
        location = dict(info["headers"])["Location"]
        sent_alg = re.search(r"SigAlg=([^&]+)", location).group(1)
        first = session.get(location, verify=False)
    else:
        encoded = re.search(r'name="SAMLRequest" value="([^"]+)"', info["data"]).group(1)
        xml = base64.b64decode(encoded).decode()
        sent_alg = re.search(r'SignatureMethod Algorithm="([^"]+)"', xml).group(1)
        first = session.post(common.sso_url(args), data={"SAMLRequest": encoded, "RelayState": "rs"}, verify=False)
    result = {"status": first.history[0].status_code if first.history else first.status_code,
              "sent_sigalg": requests.utils.unquote(sent_alg)}
    if first.status_code >= 400:
        result["status"] = first.status_code
        text = re.sub(r"<[^>]+>", " ", first.text)
        result["text"] = html.unescape(re.sub(r"\s+", " ", text).strip())
        result["html"] = first.text
        return result
    page = common.login_session(argparse.Namespace(**{**vars(args), "totp_secret": ""}), session, first)
    encoded, _, _ = common.posted_response(page)
    if not encoded:
        result["error"] = page.text[-500:]
        return result
    xml = base64.b64decode(encoded).decode()
    result["response_signed"] = bool(re.search(r"<saml:Issuer>[^<]*</saml:Issuer><ds:Signature", xml.split(
        "<saml:Assertion", 1)[0]))
    assertion_part = xml[xml.find("<saml:Assertion"):xml.find("</saml:Assertion>") + len("</saml:Assertion>")]
    result["assertion_signed"] = "<ds:Signature" in assertion_part
    result["signature_methods"] = sorted(set(re.findall(r'SignatureMethod Algorithm="([^"]+)"', xml)))
    result["digest_methods"] = sorted(set(re.findall(r'DigestMethod Algorithm="([^"]+)"', xml)))
    try:
        authn = client.parse_authn_request_response(encoded, BINDING_HTTP_POST, outstanding={request_id: "/"})
        result["pysaml2_name_id"] = authn.name_id.text
    except Exception as e:  # noqa: BLE001 - the SP's refusal is the answer
        result["pysaml2_error"] = repr(e)[:300]
    if result["response_signed"]:
        result["xmlsec_response"] = xmlsec_verify(args, xml, "urn:oasis:names:tc:SAML:2.0:protocol:Response",
                                                  "response")
    if result["assertion_signed"]:
        result["xmlsec_assertion"] = xmlsec_verify(args, assertion_part,
                                                   "urn:oasis:names:tc:SAML:2.0:assertion:Assertion", "assertion")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["metadata", "request"])
    parser.add_argument("--base", default="")
    parser.add_argument("--state", default=".")
    parser.add_argument("--idp-metadata", default="")
    parser.add_argument("--entity", default="https://stock.example.test/metadata")
    parser.add_argument("--binding", default="redirect")
    parser.add_argument("--sigalg", default="default", choices=sorted(ALGORITHMS))
    parser.add_argument("--want", default="assertion", choices=["assertion", "response", "both"])
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    args = parser.parse_args()
    if args.command == "metadata":
        out = {"metadata": create_metadata_string(None, config=config_for(args)).decode()}
    else:
        out = request(args)
    print(json.dumps(out, default=str))


if __name__ == "__main__":
    sys.exit(main())
