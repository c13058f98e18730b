// Serve-independent: expects BASE (e.g. http://127.0.0.1:8765/) and SITE (the _docs folder) in the environment.
// Opens every page in headless Chromium and fails on a missing page, a broken internal link, an image that did not
// load, a failed request, a console error, or a link to an #anchor that no id= or name= of the rendered target page
// defines (tools/check_site.py checks the same on the static HTML, and machine paths and dashed flags in the text).
// Saves screenshots of the front page and the report page to OUT.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const BASE = process.env.BASE, SITE = process.env.SITE, OUT = process.env.OUT || 'site_check_out';
const exe = process.env.CHROMIUM || '/usr/bin/chromium';
fs.mkdirSync(OUT, { recursive: true });
const pages = fs.readdirSync(SITE).filter(f => f.endsWith('.html')).sort();
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const problems = [];
const links = new Set();
const anchors = new Map();     // page URL without its fragment -> the ids and names of its rendered DOM
for (const p of pages) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', m => { if (m.type() === 'error') problems.push(`${p}: console error: ${m.text()} [${m.location().url}]`); });
  page.on('pageerror', e => problems.push(`${p}: page error: ${e.message}`));
  page.on('requestfailed', r => { if (r.url().startsWith(BASE)) problems.push(`${p}: request failed: ${r.url()}`); });
  page.on('response', r => { if (r.url().startsWith(BASE) && r.status() >= 400) problems.push(`${p}: HTTP ${r.status()} ${r.url()}`); });
  const resp = await page.goto(BASE + p, { waitUntil: 'load' });
  if (!resp || resp.status() !== 200) problems.push(`${p}: page answered ${resp && resp.status()}`);
  const imgs = await page.$$eval('img', xs => xs.map(i => ({ src: i.src, ok: i.complete && i.naturalWidth > 0 })));
  for (const i of imgs) if (!i.ok) problems.push(`${p}: image did not load: ${i.src}`);
  const hrefs = await page.$$eval('a[href]', xs => xs.map(a => a.href));
  for (const h of hrefs) if (h.startsWith(BASE)) links.add(h);
  anchors.set(BASE + p, new Set(await page.$$eval('[id], [name]', xs => xs.flatMap(x => [x.id, x.getAttribute('name')]))));
  const h1 = await page.$eval('h1', e => e.textContent).catch(() => '');
  console.log(`${p}: ${imgs.length} images, ${hrefs.length} links, title "${h1.trim().slice(0, 60)}"`);
  if (p === 'index.html' || p === '09_report.html')
    await page.screenshot({ path: path.join(OUT, p.replace('.html', '.png')), fullPage: p !== 'index.html' });
  await page.close();
}
const pagesOf = new Set([...links].map(l => l.split('#')[0]));
for (const l of pagesOf) {
  const r = await fetch(l);
  if (r.status !== 200) problems.push(`broken internal link: ${l} (${r.status})`);
}
for (const l of links) {
  const [url, frag] = [l.split('#')[0], decodeURIComponent(l.split('#').slice(1).join('#'))];
  const ids = anchors.get(url === BASE ? BASE + 'index.html' : url);
  if (frag && frag.toLowerCase() !== 'top' && ids && !ids.has(frag)) problems.push(`link to a missing anchor: ${l}`);
}
await browser.close();
console.log(`${pages.length} pages, ${pagesOf.size} internal pages and ${links.size} links checked, ${problems.length} problems`);
for (const x of problems) console.log('  ' + x);
process.exit(problems.length ? 1 : 0);
