// A screenshot of the search pop-up (BASE: the served site, OUT: the folder), to check that its results are readable.
import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
await page.goto(process.env.BASE + 'index.html', { waitUntil: 'load' });
const box = page.locator('.smalldocs-search input').first();
await box.click(); await box.fill(process.env.QUERY || 'fisher'); await page.waitForTimeout(1500);
await page.screenshot({ path: (process.env.OUT || '.') + '/search.png' });
await browser.close();
