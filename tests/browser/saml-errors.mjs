// The IdP's SAML error pages in Debian's Chromium (headless) with playwright-core and axe-core:
//   node saml-errors.mjs
// For English and Turkish browsers (Accept-Language from the context's locale), each refused request (damaged,
// unknown SP, unregistered ACS URL, expired, replayed, unsigned for a signing SP, RSA-SHA1) must answer 400/403
// with the portal's layout in the visitor's language, plain words, a link to the portal home (and back to the
// application when the SP is known), no stack trace, and no axe-core violation. Settings from the environment:
// PORTAL_URL, SP_ENTITY, SP_ACS, SIGNED_SP_ENTITY, SIGNED_SP_ACS, SCREENSHOTS. The last line printed is a JSON
// object with what was seen; the exit code is 0 only when every expectation held.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { deflateRawSync } from "node:zlib";

const env = process.env;
const base = env.PORTAL_URL;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const result = { pages: {} };

function expect(condition, what) {
  if (!condition) {
    throw new Error("expectation failed: " + what);
  }
}

function authnRequest(issuer, acs, offsetSeconds = 0, id = "_" + randomBytes(16).toString("hex")) {
  const instant = new Date(Date.now() + offsetSeconds * 1000).toISOString().replace(/\.\d+Z$/, "Z");
  return `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${instant}" ` +
    `AssertionConsumerServiceURL="${acs}"><saml:Issuer>${issuer}</saml:Issuer></samlp:AuthnRequest>`;
}

function redirectUrl(xml, extra = "") {
  const encoded = encodeURIComponent(deflateRawSync(Buffer.from(xml)).toString("base64"));
  return `${base}/saml/sso?SAMLRequest=${encoded}&RelayState=rs${extra}`;
}

const sha1 = "&SigAlg=" + encodeURIComponent("http://www.w3.org/2000/09/xmldsig#rsa-sha1") + "&Signature=AAAA";
const replayed = authnRequest(env.SP_ENTITY, env.SP_ACS);
const cases = [
  { name: "damaged", url: `${base}/saml/sso?SAMLRequest=not-a-request`, status: 400, back: false },
  { name: "unknown-sp", url: redirectUrl(authnRequest("https://nobody.example.test/sp", env.SP_ACS)), status: 400,
    back: false },
  { name: "unregistered-acs", url: redirectUrl(authnRequest(env.SP_ENTITY, "https://evil.example.test/acs")),
    status: 400, back: true },
  { name: "expired", url: redirectUrl(authnRequest(env.SP_ENTITY, env.SP_ACS, -3600)), status: 400, back: true },
  { name: "replayed", url: redirectUrl(replayed), first: redirectUrl(replayed), status: 400, back: true },
  { name: "unsigned", url: redirectUrl(authnRequest(env.SIGNED_SP_ENTITY, env.SIGNED_SP_ACS)), status: 403,
    back: true },
  { name: "sha1", url: redirectUrl(authnRequest(env.SIGNED_SP_ENTITY, env.SIGNED_SP_ACS), sha1), status: 403,
    back: true, detail: "RSA-SHA1" },
];

async function visit(browser, language) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: language === "tr" ? "tr-TR" : "en-US" });
  const page = await context.newPage();
  for (const c of cases) {
    if (c.first) {
      await page.goto(c.first); // the first sighting is accepted; the same ID again is a replay
    }
    const response = await page.goto(c.url);
    const seen = {
      status: response.status(),
      lang: await page.getAttribute("html", "lang"),
      title: (await page.textContent("h1")).trim(),
      text: (await page.textContent("main")).replace(/\s+/g, " ").trim(),
      home: await page.locator('main a[href="/portal/home"]').count(),
      back: await page.locator("main a", { hasText: language === "tr" ? "Uygulamaya dön" : "Back to the application" })
        .count(),
      stylesheet: await page.locator('link[href="/portal/static/portal.css"]').count(),
    };
    // Evaluated by the driver, so the page's CSP (no inline script) does not stop it.
    seen.violations = await axeViolations(page);
    await page.screenshot({ path: `${env.SCREENSHOTS}/saml-error-${c.name}-${language}.png`, fullPage: true });
    result.pages[`${c.name}-${language}`] = seen;
    expect(seen.status === c.status, `${c.name} (${language}) answers ${c.status}, not ${seen.status}`);
    expect(seen.lang === language, `${c.name} is in ${language}, not ${seen.lang}`);
    expect(seen.stylesheet === 1, `${c.name} uses the portal's style`);
    expect(seen.home === 1, `${c.name} links to the portal home`);
    expect(seen.back === (c.back ? 1 : 0), `${c.name} ${c.back ? "links" : "does not link"} back to the application`);
    expect(!/Exception|stack|std::|\.cpp/.test(seen.text), `${c.name} shows no stack trace`);
    expect(seen.title === (language === "tr" ? "Oturum açma isteği reddedildi" : "Sign-in request refused"),
      `${c.name} title in ${language}: ${seen.title}`);
    if (c.detail) {
      expect(seen.text.includes(c.detail), `${c.name} names ${c.detail}`);
    }
    expect(seen.violations.length === 0, `${c.name} (${language}) has no axe violations: ${seen.violations}`);
  }
  await context.close();
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => (await axe.run()).violations.map((v) => v.id + ": " + v.help));
}

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  await visit(browser, "en");
  await visit(browser, "tr");
} catch (error) {
  failed = true;
  result.error = String(error && error.stack ? error.stack : error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(failed ? 1 : 0);
