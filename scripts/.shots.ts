import { launchBrowser, startServer } from '/work/wt-views/tests/e2e/harness';
const server = await startServer('/work/wt-views/dist', '/');
const browser = await launchBrowser();
const pages = (process.argv[2] ?? 'counts/').split(',');
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  for (const p of pages) {
    await page.goto(server.url + p);
    const info = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, header: document.querySelector('.site-header')?.getBoundingClientRect().height }));
    console.log(width, p, JSON.stringify(info));
    await page.screenshot({ path: `/work/wt-views/test-output/shot-${p.replace(/\W+/g, '_')}-${width}.png`, fullPage: process.argv[3] === 'full' });
  }
  await page.close();
}
await browser.close();
await server.close();
