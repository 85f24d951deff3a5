// One citizen's login to an agency, end to end: the agency (agency.mjs, openid-client) in
// Debian's chromium, headless, driven by playwright-core; the phone is thaid-citizen-sim, which
// scans the QR from the browser's screenshot and approves once the code the page shows matches
// its own. Prints one JSON line of what happened; exits 0 when it went as --expect says.
//
//   node login_flow.mjs --registryd BIN --db LOCATION --issuer URL --ca FILE --sim BIN
//        --key-file FILE --passcode CODE --expect approved|denied|refused|swapped --shots DIR
//        [--client-id ID] [--scope "openid pid name name_en ial"] [--i-am 0708]
//
// Once the phone approves, the page shows who logged in, masked; the person at the browser
// confirms, or, when --i-am names other last four digits of the ID than those shown, says
// "not me" (a session swap: someone else's phone approved this browser's login).
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startAgency } from './agency.mjs';

const { values: a } = parseArgs({ options: {
  registryd: { type: 'string' }, db: { type: 'string' }, issuer: { type: 'string' },
  ca: { type: 'string' }, sim: { type: 'string' }, 'key-file': { type: 'string' },
  passcode: { type: 'string' }, expect: { type: 'string' }, shots: { type: 'string' },
  'client-id': { type: 'string', default: 'agency.example' },
  scope: { type: 'string', default: 'openid pid name name_en ial' },
  chromium: { type: 'string', default: '/usr/bin/chromium' },
  'i-am': { type: 'string' },
}});
mkdirSync(a.shots, { recursive: true });
const report = { expect: a.expect };
const fail = (why) => { report.failure = why; };

function simEvents(child) {
  const events = [];
  let buffer = '';
  const waiters = [];
  child.stdout.on('data', (d) => {
    buffer += d;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      try { events.push(JSON.parse(line)); } catch { continue; }
      waiters.splice(0).forEach((w) => w());
    }
  });
  const exited = new Promise((ok) => child.on('exit', (code) => {
    waiters.splice(0).forEach((w) => w()); ok(code);
  }));
  const next = async (names, ms = 20000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const e = events.find((x) => names.includes(x.event));
      if (e || child.exitCode !== null || Date.now() > deadline) return e;
      await new Promise((ok) => { waiters.push(ok); setTimeout(ok, 200); });
    }
  };
  return { events, next, exited };
}

const agency = await startAgency({
  issuerUrl: a.issuer, ca: readFileSync(a.ca), scope: a.scope,
  register: async (redirectUri) => {
    // The agency's registration, as the registry operator would make it.
    try {
      execFileSync(a.registryd, ['client', 'remove', '--db', a.db, '--id', a['client-id']],
                   { stdio: 'ignore' });
    } catch { /* not registered yet */ }
    const out = execFileSync(a.registryd, ['client', 'add', '--db', a.db, '--id', a['client-id'],
      '--name-th', 'กรมการปกครอง (ทดสอบ)', '--name-en', 'Department of Provincial Administration (test)',
      '--redirect-uri', redirectUri, '--scopes', 'openid pid name name_en smartcard_code ial', '--json']);
    const c = JSON.parse(out.toString());
    return { clientId: c.client_id, clientSecret: c.client_secret };
  },
});
const browser = await chromium.launch({ executablePath: a.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--lang=th-TH'] });
try {
  // The test registry's CA is not in chromium's store; the agency checks TLS itself.
  const context = await browser.newContext({ ignoreHTTPSErrors: true,
    viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${agency.url}/`);
  await page.click('#login');
  await page.waitForSelector('img.qr', { timeout: 15000 });
  report.page = page.url().replace(a.issuer, '');
  const qrShot = `${a.shots}/login-page-qr.png`;
  await page.screenshot({ path: qrShot, fullPage: true });

  const args = ['login', '--registry', a.issuer, '--ca', a.ca, '--key-file', a['key-file'],
                '--passcode', a.passcode, '--qr-image', qrShot, '--code-from-stdin', '--json'];
  if (a.expect === 'denied') args.push('--refuse-login');
  const sim = spawn(a.sim, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const phone = simEvents(sim);
  const offer = await phone.next(['login_offer', 'login_refused', 'login_qr_unreadable']);
  report.phone = offer?.event;
  if (offer?.event === 'login_offer') {
    report.agency_on_phone = offer.client_name_en;
    report.opened_at_on_phone = offer.opened_at;
    report.seconds_left_on_phone = offer.seconds_left;
    // The page shows the code once it refreshes after the scan.
    const shown = await page.waitForSelector('#relay-code', { timeout: 15000 });
    const code = (await shown.textContent()).replace(/\s/g, '');
    report.codes_match = code === offer.relay_code;
    await page.screenshot({ path: `${a.shots}/login-page-code.png`, fullPage: true });
    sim.stdin.write(`${code}\n`);
    sim.stdin.end();
    const decided = await phone.next(['login_approved', 'login_denied', 'login_refused']);
    report.decision = decided?.event;
    if (decided?.event === 'login_approved') {
      const who = await page.waitForSelector('#confirm-identity', { timeout: 15000 });
      report.identity_shown = { name_en: await who.getAttribute('data-name-en'),
                                id_tail: await who.getAttribute('data-id-tail') };
      await page.screenshot({ path: `${a.shots}/login-page-confirm.png`, fullPage: true });
      const me = !a['i-am'] || a['i-am'] === report.identity_shown.id_tail;
      report.browser_said = me ? 'confirm' : 'not-me';
      await page.click(me ? '#confirm' : '#not-me');
    }
    await page.waitForURL(`${agency.url}/callback**`, { timeout: 15000 });
    await page.waitForSelector('#result, #error', { state: 'attached', timeout: 15000 });
    await page.screenshot({ path: `${a.shots}/agency-after.png`, fullPage: true });
    const result = await page.$('#result');
    if (result) {
      const r = JSON.parse(await result.textContent());
      report.claims = r.claims;
      report.introspection_active = r.introspection.active;
      report.id_token_alg = r.id_token_alg;
      await page.goto(`${agency.url}/revoke`);
      const after = JSON.parse(await (await page.$('#result')).textContent());
      report.active_after_revocation = after.after.active;
    } else {
      report.error = await (await page.$('#error')).getAttribute('data-error');
    }
  } else if (offer?.event === 'login_refused') {
    report.refused_code = offer.code;
    // The page tells the person at the screen, and keeps the QR for another phone.
    await page.waitForSelector('#notice[data-state=refused]', { timeout: 15000 });
    await page.screenshot({ path: `${a.shots}/login-page-refused.png`, fullPage: true });
    report.page_says = 'refused';
  }
  sim.stdin.end();
  report.sim_exit = await phone.exited;
} catch (e) {
  fail(e.message);
} finally {
  await browser.close();
  await agency.close();
}

const ok = !report.failure && (
  (a.expect === 'approved' && report.decision === 'login_approved' && report.codes_match &&
   report.browser_said === 'confirm' && !!report.opened_at_on_phone &&
   report.seconds_left_on_phone > 0 &&
   report.introspection_active === true && report.active_after_revocation === false &&
   report.id_token_alg === 'ES256' && !!report.claims?.pid) ||
  (a.expect === 'denied' && report.decision === 'login_denied' && report.error === 'user_denied') ||
  (a.expect === 'swapped' && report.decision === 'login_approved' &&
   report.browser_said === 'not-me' && report.error === 'user_denied' && !report.claims) ||
  (a.expect === 'refused' && report.refused_code === 'device_revoked' &&
   report.page_says === 'refused'));
report.ok = ok;
console.log(JSON.stringify(report));
process.exit(ok ? 0 : 1);
