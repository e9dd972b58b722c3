// The portal's sign-in flow in Debian's Chromium (headless), one scenario per run:
//   node login-flow.mjs SCENARIO
// Settings come from the environment (PORTAL_URL, PORTAL_USER, PORTAL_PASSWORD, LANG_CODE, CODE_FILE, ...).
// Every page the scenario visits is checked with axe-core at phone (390x844) and desktop (1280x800) sizes, in the
// light and the dark colour scheme; the violations are reported as "page size scheme: rule (targets)". The last
// line printed is a JSON object with what the scenario saw; the exit code is 0 only when every expectation held.
// TestPortalLoginFlow sets up the server and checks the rest.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const env = process.env;
const base = env.PORTAL_URL;
const lang = env.LANG_CODE || "en";
const result = { violations: [], checked: [] };

function expect(condition, what) {
  if (!condition) {
    throw new Error("expectation failed: " + what);
  }
}

async function waitForCode() {
  const file = env.CODE_FILE;
  for (let i = 0; i < 300; i++) {
    if (existsSync(file)) {
      const code = readFileSync(file, "utf8").trim();
      unlinkSync(file);
      return code;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no code arrived in " + file);
}

function totp(secret, offsetSeconds = 0) {
  const at = Math.floor(Date.now() / 1000) + offsetSeconds;
  return execFileSync("oathtool", ["--totp", "-b", "-N", "@" + at, secret]).toString().trim();
}

const sizes = [{ name: "phone", width: 390, height: 844 }, { name: "desktop", width: 1280, height: 800 }];

/// axe-core on the page as it is, at both sizes and in both colour schemes; the page is left at desktop, light.
async function accessible(page, name) {
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
        await page.addScriptTag({ path: axePath });
      }
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => v.id + " (" + v.nodes.map((n) => n.target.join(" ")).join(", ") + ")");
      });
      for (const v of violations) {
        result.violations.push(`${name} ${size.name} ${scheme}: ${v}`);
      }
      if (env.SCREENSHOTS) {
        await page.screenshot({ path: `${env.SCREENSHOTS}/login-${name}-${lang}-${size.name}-${scheme}.png`,
                                fullPage: true });
      }
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  result.checked.push(name);
}

async function newPage(browser) {
  // bypassCSP lets axe-core be injected; the portal's own pages run under their CSP as usual otherwise.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, bypassCSP: true });
  return context.newPage();
}

async function password(page) {
  await page.goto(`${base}/portal/login?lang=${lang}`);
  await page.fill("#username", env.PORTAL_USER);
  await page.fill("#password", env.PORTAL_PASSWORD);
  await page.click("#sign-in");
  await page.waitForSelector("#otp");
}

/// Item 1: an e-mail-only user signs in again within 30 s of the last code: the truth, in the page's language,
/// and the code already sent completes the new login.
async function again(browser) {
  const first = await newPage(browser);
  await password(first);
  result.firstPrompt = await first.textContent("#prompt");
  const code = await waitForCode();
  const second = await newPage(browser);
  await password(second);
  result.againPrompt = await second.textContent("#prompt");
  result.againNotice = await second.locator("#notice").count();
  await accessible(second, "verify-code-recent");
  await second.fill("#otp", code);
  await second.click("#verify");
  await second.waitForURL("**/portal/home");
  result.signedIn = true;
}

/// Items 4, 5, 6 (resend): the second step in the other language keeps the login; the resend link answers
/// truthfully; the code completes the login.
async function language(browser) {
  const page = await newPage(browser);
  await password(page);
  const code = await waitForCode();
  result.promptBefore = await page.textContent("#prompt");
  await accessible(page, "verify");
  const other = lang === "en" ? "tr" : "en";
  await page.click(`nav.languages a[hreflang=${other}]`);
  await page.waitForSelector("#otp");
  result.pathAfterSwitch = new URL(page.url()).pathname;
  result.htmlLang = await page.getAttribute("html", "lang");
  result.titleAfterSwitch = await page.textContent("h1");
  result.promptAfterSwitch = await page.textContent("#prompt");
  result.labels = await page.evaluate(() => [...document.querySelectorAll("main label, main button")].map((e) => e.textContent.trim()));
  await page.click("#resend");
  await page.waitForSelector("#otp");
  result.resendPrompt = await page.textContent("#prompt");
  await accessible(page, "verify-resend");
  await page.fill("#otp", "000000" === code ? "111111" : "000000");
  await page.click("#verify");
  await page.waitForSelector("#notice");
  result.wrongCodeNotice = await page.textContent("#notice");
  result.promptAfterWrong = await page.textContent("#prompt");
  await accessible(page, "verify-wrong-code");
  await page.fill("#otp", code);
  await page.click("#verify");
  await page.waitForURL("**/portal/home");
  result.signedIn = true;
}

/// Item 6: the show-password toggle (a real button with aria-pressed) and autofill's password type on submit.
async function toggle(browser) {
  const page = await newPage(browser);
  await page.goto(`${base}/portal/login?lang=${lang}`);
  const reveal = page.locator("button.reveal");
  result.toggleName = await reveal.textContent();
  result.pressedBefore = await reveal.getAttribute("aria-pressed");
  await page.fill("#username", env.PORTAL_USER);
  await page.fill("#password", "not-the-password");
  await reveal.click();
  result.pressedAfter = await reveal.getAttribute("aria-pressed");
  result.typeAfter = await page.getAttribute("#password", "type");
  result.autocomplete = await page.getAttribute("#password", "autocomplete");
  await accessible(page, "login-password-shown");
  await reveal.click();
  result.typeBack = await page.getAttribute("#password", "type");
  await reveal.click();
  await page.click("#sign-in");
  await page.waitForSelector("#notice");
  result.typeAfterSubmit = await page.getAttribute("#password", "type");
  result.failedNotice = await page.textContent("#notice");
  await accessible(page, "login-failed");
}

/// Item 2: forgot password twice within 30 s, for a known user and for a name nobody has: the same truthful
/// answer for both.
async function reset(browser) {
  const pages = {};
  for (const name of [env.PORTAL_USER, env.UNKNOWN_USER]) {
    const page = await newPage(browser);
    for (let i = 0; i < 2; i++) {
      await page.goto(`${base}/portal/reset?lang=${lang}`);
      await page.fill("#username", name);
      await page.click("#send-code");
      await page.waitForLoadState();
    }
    pages[name] = page;
  }
  result.knownAnswer = (await pages[env.PORTAL_USER].textContent("#notice")).replace(/\d+/g, "N");
  result.unknownAnswer = (await pages[env.UNKNOWN_USER].textContent("#notice")).replace(/\d+/g, "N");
  await accessible(pages[env.UNKNOWN_USER], "reset-unknown");
  // The refused second request keeps the step with the code: the code sent for the first one completes it.
  const page = pages[env.PORTAL_USER];
  await accessible(page, "reset-known");
  await page.fill("#code", await waitForCode());
  await page.fill("#new-password", env.NEW_PASSWORD);
  await page.fill("#confirmation", env.NEW_PASSWORD);
  await page.click("#reset-password");
  await page.waitForSelector("#notice.ok");
  result.resetNotice = await page.textContent("#notice");
}

/// Item 3: a wrong first code on the authenticator page keeps the QR code and the secret.
async function authenticator(browser) {
  const page = await newPage(browser);
  await password(page);
  await page.fill("#otp", await waitForCode());
  await page.click("#verify");
  await page.waitForURL("**/portal/home");
  await page.goto(`${base}/portal/authenticator?lang=${lang}`);
  const secret = (await page.textContent("#manual-secret")).trim();
  const qr = await page.innerHTML(".qr");
  await accessible(page, "authenticator");
  const wrong = totp(secret) === "123456" ? "654321" : "123456";
  await page.fill("#code", wrong);
  await page.click("#confirm-code");
  await page.waitForSelector("#code-error");
  result.sameSecret = (await page.textContent("#manual-secret")).trim() === secret;
  result.sameQr = (await page.innerHTML(".qr")) === qr;
  result.qrShown = await page.locator(".qr svg").count();
  result.codeError = await page.textContent("#code-error");
  result.describedBy = await page.getAttribute("#code", "aria-describedby");
  await accessible(page, "authenticator-wrong-code");
  await page.fill("#code", totp(secret));
  await page.click("#confirm-code");
  await page.waitForSelector("#registered");
  result.registered = true;
}

const scenarios = { again, language, toggle, reset, authenticator };
const browser = await chromium.launch({
  executablePath: env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  await scenarios[process.argv[2]](browser);
} catch (error) {
  failed = true;
  result.error = String(error && error.stack ? error.stack : error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(failed ? 1 : 0);
