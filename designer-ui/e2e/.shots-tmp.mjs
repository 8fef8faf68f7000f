import { byTestId, openBrowser, signIn, snapshot } from './helpers.mjs';
const base = 'http://127.0.0.1:5302';
const { page, pageErrors, close } = await openBrowser({ executablePath: '/usr/bin/chromium', headed: false });
await signIn(page, base, 'admin@example.com', 'Passw0rd!');
const [what, ...rest] = process.argv.slice(2);
for (const url of [what, ...rest]) {
  await page.goto(base + url);
  await page.waitForTimeout(2500);
  const name = url.replace(/[^a-z0-9]+/gi, '_');
  await page.screenshot({ path: `/tmp/runs/shot${name}.png`, fullPage: true });
  console.log('shot', `/tmp/runs/shot${name}.png`);
}
console.log('errors', pageErrors);
await close();
