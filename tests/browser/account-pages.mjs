// The portal's signed-in account pages in Debian's Chromium (headless) with playwright-core:
//   node account-pages.mjs
// The home page's "My sign-in methods" (rename with an empty name, remove after the confirmation page, the last
// method kept) and the sessions page (browser and system, local time, GeoIP location), in English and Turkish.
// Every page is checked with axe-core at phone (390x844) and desktop (1280x800) sizes; 0 violations expected.
// Settings: PORTAL_URL, PORTAL_USER, PORTAL_PASSWORD, TOTP_SECRET, EMAIL_FACTOR, TOTP_FACTOR, SCREENSHOTS.
// The last line printed is a JSON object with what the scenario saw; the exit code is 0 only when every
// expectation held.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const env = process.env;
const base = env.PORTAL_URL;
const result = { violations: [], pages: 0 };
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

function expect(condition, what) {
  if (!condition) {
    throw new Error("expectation failed: " + what);
  }
}

function totp(secret, offsetSeconds = 0) {
  const at = Math.floor(Date.now() / 1000) + offsetSeconds;
  return execFileSync("oathtool", ["--totp", "-b", "-N", "@" + at, secret]).toString().trim();
}

/// axe-core and a screenshot at both sizes; the page is left at desktop size.
async function check(page, name) {
  for (const [size, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport);
    if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
      await page.addScriptTag({ path: axePath });
    }
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
    });
    for (const v of found) {
      result.violations.push({ page: name, size, ...v });
    }
    await page.screenshot({ path: `${env.SCREENSHOTS}/${name}-${size}.png`, fullPage: true });
  }
  result.pages++;
  await page.setViewportSize(sizes.desktop);
}

async function run(browser) {
  // bypassCSP lets axe-core be injected; the portal's own script runs under its CSP as usual otherwise.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, bypassCSP: true, viewport: sizes.desktop,
                                             timezoneId: "Europe/Istanbul", locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(base + "/portal/login?lang=en");
  await page.fill("#username", env.PORTAL_USER);
  await page.fill("#password", env.PORTAL_PASSWORD);
  await page.click("#sign-in");
  await page.waitForSelector("#otp");
  await page.fill("#otp", totp(env.TOTP_SECRET));
  await page.click("#verify");
  await page.waitForURL("**/portal/home");

  for (const lang of ["en", "tr"]) {
    await page.goto(base + "/portal/home?lang=" + lang);
    result["methodsTitle_" + lang] = (await page.textContent("#methods-title")).trim();
    result["methodRows_" + lang] = await page.locator("#methods tbody tr").count();
    await check(page, "home-" + lang);
    await page.goto(base + "/portal/methods/rename?id=" + env.TOTP_FACTOR + "&lang=" + lang);
    await page.fill("#method-name", "");
    await page.click("#rename-method");
    await page.waitForSelector("#name-error");
    result["emptyName_" + lang] = (await page.textContent("#name-error")).trim();
    await check(page, "rename-empty-" + lang);
    await page.goto(base + "/portal/methods/remove?id=" + env.EMAIL_FACTOR + "&lang=" + lang);
    await page.waitForSelector("#confirm-remove");
    await check(page, "remove-confirm-" + lang);
    await page.goto(base + "/portal/sessions?lang=" + lang);
    result["browser_" + lang] = (await page.locator("td.browser").first().textContent()).trim();
    result["location_" + lang] = (await page.locator("td.location").first().textContent()).trim();
    result["time_" + lang] = (await page.locator("time.local-time").first().textContent()).trim();
    result["datetime"] = await page.locator("time.local-time").first().getAttribute("datetime");
    await check(page, "sessions-" + lang);
    await page.goto(base + "/portal/keys?lang=" + lang);
    await check(page, "keys-" + lang);
  }

  // Rename, then remove after the confirmation; the last method is kept.
  await page.goto(base + "/portal/methods/rename?id=" + env.TOTP_FACTOR + "&lang=en");
  await page.fill("#method-name", "Work phone");
  await page.click("#rename-method");
  await page.waitForURL("**/portal/home?done=renamed");
  result.renamed = (await page.locator("#methods .method-name").allTextContents()).includes("Work phone");
  await page.click(`a.remove-method[href$="id=${env.EMAIL_FACTOR}"]`);
  await page.waitForSelector("#remove-question");
  result.question = (await page.textContent("#remove-question")).trim();
  await page.click("#confirm-remove");
  await page.waitForURL("**/portal/home?done=removed");
  result.rowsAfterRemove = await page.locator("#methods tbody tr").count();
  await page.click(`a.remove-method[href$="id=${env.TOTP_FACTOR}"]`);
  await page.waitForSelector("#notice");
  result.lastKept = (await page.textContent("#notice")).trim();
  await check(page, "last-method-kept");
  expect(result.violations.length === 0, "no axe-core violations");
}

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  await run(browser);
} catch (error) {
  failed = true;
  result.error = String(error && error.stack ? error.stack : error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(failed ? 1 : 0);
