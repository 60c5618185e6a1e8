import {chromium} from 'playwright-core';
import {startStaticServer} from '/work/wt/issue-10n/scripts/lib/static-server.mjs';
const srv = await startStaticServer({root: '/work/wt/issue-10n/build'});
const base = srv.url ?? `http://127.0.0.1:${srv.port ?? srv.address?.().port}`;
console.log('base', base, Object.keys(srv));
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu']});
const ids = process.argv.slice(2);
for (const loc of ['', '/en']) for (const mode of ['light', 'dark']) for (const [dev, vp] of [['desktop', {width: 1280, height: 2200}], ['phone', {width: 375, height: 2600}]]) {
  const ctx = await browser.newContext({viewport: vp, colorScheme: mode, deviceScaleFactor: 1});
  await ctx.addInitScript((m) => localStorage.setItem('theme', m), mode);
  const page = await ctx.newPage();
  await page.goto(`${base}${loc}/docs/east-west-traffic`, {waitUntil: 'networkidle'});
  for (const id of ids) {
    const h = page.locator(`[id="${id}"]`);
    await h.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    if (id === 'decision-guide') {
      await page.waitForFunction(() => {
        const h = document.getElementById('decision-guide');
        let el = h; for (let i = 0; i < 8 && el; i++) { el = el.nextElementSibling; if (el?.querySelector?.('svg')) return true; }
        return false;
      }, null, {timeout: 45000}).catch(() => console.log('no svg for', id));
    }
    await page.evaluate((id) => { document.getElementById(id).scrollIntoView({block: 'start'}); }, id);
    await page.waitForTimeout(1500);
    await page.evaluate((id) => { document.getElementById(id).scrollIntoView({block: 'start'}); }, id);
    await page.waitForTimeout(500);
    const file = `/work/wt/issue-10n/screenshots/x_${loc ? 'en' : 'ko'}_${id}_${mode}_${dev}.png`;
    await page.screenshot({path: file});
    console.log(file, await page.evaluate(() => document.documentElement.scrollWidth - innerWidth));
  }
  await ctx.close();
}
await browser.close(); await srv.close?.(); process.exit(0);
