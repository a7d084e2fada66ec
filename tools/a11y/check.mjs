// Checks HTML pages against WCAG 2.1 AA with axe-core in one headless Chromium.
//
//   node check.mjs REQUEST.json
//
// REQUEST.json: {"pages": [{"name", "path", "schemes": ["light", "dark"], "reflow": true}]}
// Writes one JSON object to stdout: {"browser": VERSION, "axe": VERSION,
// "pages": {NAME: [{"scheme", "id", "impact", "help", "helpUrl", "targets"}]}}
// and exits 0 whatever it finds: the caller (tests/publish/test_accessibility.py)
// decides.  Exits 2 when it cannot run at all (no browser, no axe-core).
//
// Everything stays offline: pages load from file://, axe-core's script from
// node_modules, and Chromium is started with the switches that stop it from
// calling home (updates, sync, safe browsing lists, QUIC probes).

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

// The WCAG 2.1 A and AA rules: what universell utforming requires of public pages.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// axe files these under best practice, but they are what makes a long page
// usable with a screen reader: one main, one h1, headings that do not skip a
// level, every part of the page in a landmark, a working skip link.
const STRUCTURE_RULES = [
  "heading-order",
  "page-has-heading-one",
  "landmark-one-main",
  "landmark-unique",
  "landmark-no-duplicate-main",
  "landmark-banner-is-top-level",
  "landmark-contentinfo-is-top-level",
  "region",
  "skip-link",
  "empty-heading",
  "duplicate-id",
];

const VIEWPORT = { width: 1280, height: 800 };

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
];

function fail(message) {
  process.stderr.write(`check.mjs: ${message}\n`);
  process.exit(2);
}

async function main() {
  const [requestPath] = process.argv.slice(2);
  if (!requestPath) fail("usage: node check.mjs REQUEST.json");
  const request = JSON.parse(readFileSync(requestPath, "utf8"));
  const executablePath = process.env.UNIKOM_CHROMIUM || "/usr/bin/chromium";

  let chromium;
  let axePath;
  try {
    ({ chromium } = await import("playwright-core"));
    axePath = require.resolve("axe-core/axe.min.js");
  } catch (error) {
    fail(`run npm ci in tools/a11y first (${error.message})`);
  }
  const axeVersion = JSON.parse(readFileSync(require.resolve("axe-core/package.json"), "utf8")).version;

  // A fresh, empty profile each run: nothing cached or signed in carries over.
  const profile = mkdtempSync(join(tmpdir(), "unikom-a11y-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      offline: true,
      viewport: VIEWPORT,
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    fail(`cannot start ${executablePath}: ${error.message}`);
  }
  const results = { browser: context.browser()?.version() ?? "", axe: axeVersion, pages: {} };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Nothing leaves the machine: every request that is not for a file is refused.
    await page.route(/^(?!file:)/, (route) => route.abort());
    for (const entry of request.pages) {
      const found = [];
      for (const scheme of entry.schemes ?? ["light"]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(pathToFileURL(entry.path).href, { waitUntil: "load" });
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(
          async ({ tags, rules }) => {
            // runOnly picks the WCAG rules; `rules` adds the structure rules to them.
            const result = await window.axe.run(document, {
              resultTypes: ["violations"],
              runOnly: { type: "tag", values: tags },
              rules: Object.fromEntries(rules.map((rule) => [rule, { enabled: true }])),
            });
            return result.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              helpUrl: v.helpUrl,
              targets: v.nodes.map((n) => ({
                target: n.target.join(" "),
                summary: n.failureSummary ?? "",
              })),
            }));
          },
          { tags: WCAG_TAGS, rules: STRUCTURE_RULES },
        );
        for (const violation of violations) found.push({ scheme, ...violation });
      }
      // WCAG 1.4.10 (reflow), which axe does not test: at 320 CSS pixels wide the
      // page must not scroll sideways.  Report the elements that stick out.
      if (!entry.reflow) {
        results.pages[entry.name] = found;
        continue;
      }
      await page.setViewportSize({ width: 320, height: 640 });
      const sticking = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        return [...document.body.querySelectorAll("*")]
          .filter((e) => e.getBoundingClientRect().right > width + 1)
          .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > width + 1))
          .slice(0, 10)
          .map((e) => ({ target: e.outerHTML.slice(0, 120), summary: `${Math.round(e.getBoundingClientRect().right)}px wide` }));
      });
      await page.setViewportSize(VIEWPORT);
      if (sticking.length) {
        found.push({
          scheme: "light",
          id: "unikom-reflow",
          impact: "serious",
          help: "Content must fit 320 CSS pixels without scrolling sideways (WCAG 1.4.10)",
          helpUrl: "https://www.w3.org/WAI/WCAG21/Understanding/reflow.html",
          targets: sticking,
        });
      }
      results.pages[entry.name] = found;
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => fail(error.stack ?? String(error)));
