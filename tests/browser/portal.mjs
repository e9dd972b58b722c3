// Drives the registration portal in Debian's Chromium (headless) with playwright-core, one scenario per run:
//   node portal.mjs SCENARIO
// Settings come from the environment (PORTAL_URL, PORTAL_USER, PORTAL_PASSWORD, CODE_FILE, SCREENSHOTS, ...).
// The last line printed is a JSON object with what the scenario saw; the exit code is 0 only when every
// expectation of the scenario held. The C++ test (TestPortalBrowser) sets up the server and checks the rest.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, unlinkSync } from "node:fs";

const env = process.env;
const base = env.PORTAL_URL;
const result = {};

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

function hotp(seedHex, counter) {
  return execFileSync("oathtool", ["-c", String(counter), seedHex]).toString().trim();
}

function totp(secret, offsetSeconds = 0) {
  const at = Math.floor(Date.now() / 1000) + offsetSeconds;
  return execFileSync("oathtool", ["--totp", "-b", "-N", "@" + at, secret]).toString().trim();
}

async function shot(page, name) {
  await page.screenshot({ path: `${env.SCREENSHOTS}/${name}.png`, fullPage: true });
}

async function signIn(page, password, secondStep, factor) {
  await page.goto(base + "/portal/login?lang=en");
  await page.fill("#username", env.PORTAL_USER);
  await page.fill("#password", password);
  await page.click("#sign-in");
  await page.waitForSelector("#otp");
  if (factor) {
    await page.click(`button[name=factor][value=${factor}]`); // another method within the same login
    await page.waitForSelector("#otp");
  }
  result.prompt = await page.textContent("#prompt");
  await page.fill("#otp", await secondStep());
  await page.click("#verify");
  await page.waitForURL("**/portal/home");
}

async function enroll(browser) {
  const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
  await page.goto(base + "/portal/login?lang=en");
  await shot(page, "01-login");
  await page.fill("#username", env.PORTAL_USER);
  await page.fill("#password", env.PORTAL_PASSWORD);
  await page.click("#sign-in");
  await page.waitForSelector("#otp");
  result.prompt = await page.textContent("#prompt");
  await shot(page, "02-verify-email-code");
  await page.fill("#otp", await waitForCode());
  await page.click("#verify");
  await page.waitForURL("**/portal/home");
  await shot(page, "03-home");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "castellan_portal");
  result.cookie = { secure: session.secure, httpOnly: session.httpOnly, sameSite: session.sameSite };

  await page.click("#tile-authenticator");
  await page.waitForSelector("#manual-secret");
  expect(await page.locator(".qr svg").count() === 1, "a QR code is shown");
  await shot(page, "04-authenticator");
  result.secret = (await page.textContent("#manual-secret")).trim();
  result.account = (await page.textContent("#account-name")).trim();
  await page.fill("#code", totp(result.secret));
  await page.click("#confirm-code");
  await page.waitForSelector("#registered");
  await shot(page, "05-authenticator-registered");

  await page.goto(base + "/portal/home?lang=tr");
  result.turkishTitle = await page.textContent("h1");
  await shot(page, "06-home-turkish");
  await page.click("form.account button");
  await page.waitForURL("**/portal/login");
  await page.goto(base + "/portal/home");
  result.afterLogout = new URL(page.url()).pathname;
}

async function sessions(browser) {
  const first = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
  const second = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
  // One browser signs in with the hardware token, the other with the app's next code (the current one may have
  // been used to register the app, and a code is accepted once).
  await signIn(first, env.PORTAL_PASSWORD, async () => hotp(env.HOTP_SEED, 0), "hotp");
  await signIn(second, env.PORTAL_PASSWORD, async () => totp(env.TOTP_SECRET, 30));
  await first.goto(base + "/portal/sessions?lang=en");
  result.sessionsBefore = await first.locator("table.sessions tbody tr").count();
  await shot(first, "07-sessions");
  await first.click(".end-session");
  await first.waitForSelector("#notice");
  result.sessionsAfter = await first.locator("table.sessions tbody tr").count();
  await second.goto(base + "/portal/home");
  result.secondEndsOn = new URL(second.url()).pathname;
  await shot(second, "08-ended-session-back-at-login");
}

async function reset(browser) {
  const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
  await page.goto(base + "/portal/reset?lang=en");
  await page.fill("#username", env.PORTAL_USER);
  await page.click("#send-code");
  await page.waitForSelector("#code");
  await shot(page, "09-reset-code");
  const code = await waitForCode();
  await page.fill("#code", code);
  await page.fill("#new-password", "short");
  await page.fill("#confirmation", "short");
  await page.click("#reset-password");
  await page.waitForSelector("#notice");
  result.weakRefused = await page.textContent("#notice");
  // A weak password is refused before the code is checked, so the same code still works.
  await page.fill("#code", code);
  await page.fill("#new-password", env.NEW_PASSWORD);
  await page.fill("#confirmation", env.NEW_PASSWORD);
  await page.click("#reset-password");
  await page.waitForSelector("#notice.ok");
  result.resetNotice = await page.textContent("#notice");
  await shot(page, "10-reset-done");
}

async function keys(browser) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true,
               isUserVerified: true },
  });
  await signIn(page, env.PORTAL_PASSWORD, waitForCode);
  await page.goto(base + "/portal/keys?lang=en");
  await page.fill("#key-name", "Work laptop");
  await page.click("#add-key");
  await page.waitForURL("**/portal/keys?done=added_ok");
  result.keysAfterAdd = await page.locator(".delete-key").count();
  result.keyName = await page.locator("form.rename input[name=name]").first().inputValue();
  await shot(page, "11-security-keys");

  await page.click("form.account button");
  await page.waitForURL("**/portal/login");
  await page.fill("#username", env.PORTAL_USER);
  await page.fill("#password", env.PORTAL_PASSWORD);
  await page.click("#sign-in");
  await page.waitForSelector("#use-key");
  result.keyPrompt = await page.textContent("#prompt");
  await shot(page, "12-verify-with-key");
  await page.click("#use-key");
  await page.waitForURL("**/portal/home");
  result.signedInWithKey = true;
  const stored = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  result.authenticatorSignCount = stored.credentials[0].signCount;

  await page.goto(base + "/portal/keys?lang=en");
  await page.locator("form.rename input[name=name]").first().fill("Office YubiKey");
  await page.locator("form.rename button").first().click();
  await page.waitForURL("**/portal/keys?done=renamed");
  result.renamed = await page.locator("form.rename input[name=name]").first().inputValue();
  await page.click(".delete-key"); // the confirmation page first
  await page.waitForSelector("#confirm-remove");
  result.keysBeforeConfirm = (await (await page.context().request.get(base + "/portal/keys")).text())
    .split("delete-key").length - 1;
  await page.click("#confirm-remove");
  await page.waitForURL("**/portal/home?done=removed");
  await page.goto(base + "/portal/keys?lang=en");
  result.keysAfterRemove = await page.locator(".delete-key").count();
}

const scenarios = { enroll, sessions, reset, keys };
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
