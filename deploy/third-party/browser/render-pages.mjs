// Renders pages in a real browser, Debian's Chromium driven by playwright-core, as people see them on a
// phone and on a desktop, and reports what a reviewer and a test need: the document's language and
// direction, its visible text, whether anything overflows the viewport sideways, and a screenshot.
//
//   node browser/render-pages.mjs --chromium /usr/bin/chromium --out DIR --widths 360,1280 \
//        --page NAME URL [ACCEPT_LANGUAGE] [--page ...]
//
// Writes DIR/pages.json, an entry per page and width (and prints it); exits 2 on bad arguments, 1 if the
// browser fails.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

function parse(argv) {
  const options = { chromium: '/usr/bin/chromium', out: 'screenshots', widths: [360, 1280], pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--chromium') options.chromium = argv[++i];
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--widths') options.widths = argv[++i].split(',').map(Number);
    else if (arg === '--page') {
      const [name, url] = [argv[++i], argv[++i]];
      const acceptLanguage = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : undefined;
      options.pages.push({ name, url, acceptLanguage });
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (options.pages.length === 0 || options.widths.some(Number.isNaN)) throw new Error('no pages, or a width is not a number');
  return options;
}

async function render(browser, page, width, out) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    extraHTTPHeaders: page.acceptLanguage ? { 'Accept-Language': page.acceptLanguage } : {},
  });
  try {
    const tab = await context.newPage();
    const response = await tab.goto(page.url, { waitUntil: 'load' });
    const seen = await tab.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.documentElement).direction,
      title: document.title,
      text: document.body.innerText,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      links: [...document.querySelectorAll('a[hreflang]')].map(a => a.hreflang),
    }));
    const screenshot = join(out, `${page.name}-${width}.png`);
    await tab.screenshot({ path: screenshot, fullPage: true });
    return { name: page.name, width, status: response.status(), contentType: response.headers()['content-type'],
      contentLanguage: response.headers()['content-language'], ...seen, screenshot };
  } finally {
    await context.close();
  }
}

let options;
try {
  options = parse(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
mkdirSync(options.out, { recursive: true });
const browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: CHROMIUM_FLAGS });
try {
  const results = [];
  for (const page of options.pages) {
    for (const width of options.widths) {
      results.push(await render(browser, page, width, options.out));
    }
  }
  const report = JSON.stringify(results, null, 2);
  writeFileSync(join(options.out, 'pages.json'), report);
  console.log(report);
} catch (e) {
  console.error(e.stack);
  process.exitCode = 1;
} finally {
  await browser.close();
}
