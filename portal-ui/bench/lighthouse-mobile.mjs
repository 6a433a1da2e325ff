#!/usr/bin/env node
// Lighthouse on every public page of a running platform (./platform), with Debian's Chromium:
// the mobile preset (emulated phone, simulated slow 4G and 4x slower CPU) against the desktop
// preset of the same page in the same run as the baseline. Prints per page the median of
// --runs runs (default 3): performance score, LCP, TBT, and the mobile/desktop ratios; exits 1
// when a page's mobile median is below --min (default 90). A platform without conversations gets
// an open one and a closed one with a report first (as the demo moderator). Not part of verify.
// With --baseline URL (a second portal, e.g. an older build, against the same services) every
// page is also measured there on mobile, the runs alternating, and the new/baseline ratio printed.
//
//   npm install --prefix portal-ui/target/lighthouse lighthouse@13.5.0
//   node portal-ui/bench/lighthouse-mobile.mjs [--portal http://localhost:8080] [--runs 3]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const portal = option('portal', 'http://localhost:8080');
const baseline = option('baseline', undefined);
const participation = option('participation', 'http://localhost:8081');
const register = option('register', 'http://localhost:8083');
const runs = Number(option('runs', '3'));
const minimum = Number(option('min', '90'));
const chromium = option('chrome', '/usr/bin/chromium');
const cli = join(here, '..', 'target', 'lighthouse', 'node_modules', '.bin', 'lighthouse');
if (!existsSync(cli)) {
  console.error(`lighthouse not found at ${cli}; install it first (see the head of this file)`);
  process.exit(2);
}

async function json(url) {
  const answer = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!answer.ok) throw new Error(`${url} answered ${answer.status}`);
  return answer.json();
}

const moderator = 'Basic ' + Buffer.from(option('moderator', 'moderator:demo-moderator')).toString('base64');
async function post(path, body, headers = {}) {
  const answer = await fetch(participation + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`POST ${path} answered ${answer.status}: ${await answer.text()}`);
  const text = await answer.text();
  return text ? JSON.parse(text) : {};
}

/** A fresh platform has no conversations: make an open one and a closed one with a report. */
async function demoConversation(topic, close) {
  const auth = { Authorization: moderator };
  const { id } = await post('/api/v1/conversations', { topic, descriptionNl: `Praat mee over ${topic}.` }, auth);
  const statements = [];
  for (const text of ['Camera’s op wegen maken het veiliger', 'Beelden moeten snel worden gewist',
    'De provincie moet uitleggen waar camera’s hangen', 'Inwoners moeten mee kunnen beslissen']) {
    statements.push((await post(`/api/v1/conversations/${id}/statements/seed`, { text, meta: false }, auth)).id);
  }
  await post(`/api/v1/conversations/${id}/open`, undefined, auth);
  for (let resident = 0; resident < 12; resident++) {
    const { token } = await post('/api/v1/participants');
    for (let s = 0; s < statements.length; s++) {
      const vote = (s + resident) % 2 === 0 ? 'agree' : 'disagree';
      await post(`/api/v1/conversations/${id}/votes`,
        { statementId: statements[s], vote, requestId: crypto.randomUUID() }, { 'Participant-Token': token });
    }
  }
  if (close) {
    await post(`/api/v1/conversations/${id}/close`, undefined, auth);
    await post(`/api/v1/conversations/${id}/report`, undefined, auth);
  }
}

let conversations = (await json(`${participation}/api/v1/conversations`)).items ?? [];
if (!conversations.some((c) => c.state === 'OPEN')) await demoConversation('Camera’s langs provinciale wegen', false);
if (!conversations.some((c) => c.state === 'REPORT_PUBLISHED')) await demoConversation('Slimme verkeerslichten', true);
conversations = (await json(`${participation}/api/v1/conversations`)).items ?? [];
const open = conversations.find((c) => c.state === 'OPEN');
const closed = conversations.find((c) => c.state === 'REPORT_PUBLISHED');
const entry = ((await json(`${register}/api/v1/entries?size=1`)).items ?? [])[0];
const pages = [
  ['home', '/'],
  ['register-search', '/register'],
  ['register-entry', entry && `/register/${entry.id}`],
  ['conversations', '/gesprekken'],
  ['conversation', open && `/gesprekken/${open.id}`],
  ['opinion-map', open && `/gesprekken/${open.id}/kaart`],
  ['conversation-closed', closed && `/gesprekken/${closed.id}`],
  ['outcome', closed && `/gesprekken/${closed.id}/uitkomst`],
  ['accessibility-statement', '/toegankelijkheid'],
  ['privacy-statement', '/privacy'],
].filter(([, path]) => path);

function lighthouse(url, preset) {
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-path=${chromium}`,
    '--chrome-flags=--headless=new --no-sandbox',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const report = JSON.parse(execFileSync(cli, args, { maxBuffer: 64 << 20 }).toString());
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (all) => ({
  score: median(all.map((r) => r.score)),
  lcp: median(all.map((r) => r.lcp)),
  tbt: median(all.map((r) => r.tbt)),
});
function measure(url, preset) {
  return summary(Array.from({ length: runs }, () => lighthouse(url, preset)));
}
/** Mobile runs on this portal and on the baseline, alternating, so both see the same load. */
function measureAgainstBaseline(path) {
  const ours = [];
  const theirs = [];
  for (let run = 0; run < runs; run++) {
    ours.push(lighthouse(portal + path, 'mobile'));
    theirs.push(lighthouse(baseline + path, 'mobile'));
  }
  return [summary(ours), summary(theirs)];
}

console.log(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} runs per preset`);
/** Mobile on this portal against the baseline portal (mobile) or against this portal's desktop. */
const against = baseline ? 'baseline' : 'desktop';
function compare(path) {
  if (baseline) return measureAgainstBaseline(path);
  return [measure(portal + path, 'mobile'), measure(portal + path, 'desktop')];
}

if (baseline) console.log(`baseline: ${baseline}`);
console.log(`page                     mobile  LCP ms  TBT ms | ${against}  LCP ms  TBT ms | score ratio`);
let failed = 0;
for (const [name, path] of pages) {
  const [mobile, other] = compare(path);
  if (mobile.score < minimum) failed++;
  console.log(
    `${name.padEnd(24)} ${String(mobile.score).padStart(6)} ${mobile.lcp.toFixed(0).padStart(7)} ` +
      `${mobile.tbt.toFixed(0).padStart(7)} | ${String(other.score).padStart(against.length)} ` +
      `${other.lcp.toFixed(0).padStart(7)} ${other.tbt.toFixed(0).padStart(7)} | ` +
      `${(mobile.score / other.score).toFixed(2).padStart(11)}`,
  );
}
console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(failed === 0 ? `every page >= ${minimum} on mobile` : `${failed} page(s) below ${minimum} on mobile`);
process.exit(failed === 0 ? 0 : 1);
