import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStageGraph } from '../../src/graph/build.js';
import { diffStageGraphs } from '../../src/graph/diff.js';
import { renderMermaid } from '../../src/graph/mermaid.js';
import type { StageGraph } from '../../src/graph/types.js';
import { DIFF_BASE, DIFF_HEAD, EIGHT_STAGE, TWO_STAGE } from './fixtures.js';
import { model } from './helpers.js';

/**
 * Draws graphs the way GitHub does — Mermaid's browser bundle in a real browser — and keeps PNGs in
 * test-output/graphs/ for a person to look at. STAGECRAFT_UPDATE_DOCS_IMAGES=1 also refreshes the README
 * picture (docs/images/stage-graph.png); CI leaves the tree alone.
 */
const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, 'test-output/graphs');
const MERMAID_BUNDLE = join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');
const DOCS_IMAGE = join(ROOT, 'docs/images/stage-graph.png');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) console.warn(`browser rendering skipped: ${CHROMIUM} not found (apt-get install chromium)`);

/** A local page: the bundle from node_modules and a function that renders one diagram into the page. */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<script src="${pathToFileURL(MERMAID_BUNDLE).href}"></script>
<style>body { margin: 0; font-family: sans-serif; } #out { display: inline-block; padding: 16px; }</style>
</head><body><div id="out"></div>
<script>
  let count = 0;
  window.renderGraph = async (text, theme) => {
    document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme });
    const out = document.getElementById('out');
    out.innerHTML = '';
    try {
      const { svg } = await mermaid.render('graph' + count++, text);
      out.innerHTML = svg;
      const element = out.querySelector('svg');
      const [, , width, height] = element.getAttribute('viewBox').split(/\\s+/).map(Number);
      element.style.maxWidth = 'none';
      element.setAttribute('width', String(width));
      element.setAttribute('height', String(height));
      return { ok: true, svg, text: element.textContent, nodes: element.querySelectorAll('g.node').length, edges: element.querySelectorAll('.edgePaths path').length };
    } catch (err) {
      return { ok: false, error: String(err && err.message || err) };
    }
  };
</script></body></html>`;

type Rendered = { ok: true; svg: string; text: string; nodes: number; edges: number } | { ok: false; error: string };

const HOSTILE = 'FROM alpine AS <img/src=x/onerror=alert(1)>\nFROM alpine AS @octocat\nCOPY --from=<img/src=x/onerror=alert(1)> / /\nCOPY --from="x\\"];click" / /\nCOPY --from=%%{init:{}}%% / /\n';

const GRAPHS: { name: string; graph: () => StageGraph; theme?: 'dark'; expectText: string[] }[] = [
  { name: 'two-stage', graph: () => buildStageGraph(model(TWO_STAGE)), expectText: ['builder', 'final (target)', 'node:20-alpine', 'COPY --from'] },
  { name: 'eight-stage', graph: () => buildStageGraph(model(EIGHT_STAGE)), expectText: ['runtime (target)', 'storybook (unused)', 'cache mount', 'bind mount', 'golang:1.22-alpine'] },
  { name: 'diff', graph: () => diffStageGraphs(model(DIFF_BASE), model(DIFF_HEAD)), expectText: ['node:18-alpine → node:20-alpine', 'lint (removed)', 'builder (renamed from build, base changed)'] },
  { name: 'diff-dark', theme: 'dark', graph: () => diffStageGraphs(model(DIFF_BASE), model(DIFF_HEAD)), expectText: ['test (added, unused)'] },
  { name: 'hostile', graph: () => buildStageGraph(model(HOSTILE)), expectText: ['<img/src=x/onerror=alert(1)>', '@octocat (target)', '%%{init:{}}%%'] },
];

describe.skipIf(!hasChromium)('Mermaid in headless Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'render.html'), PAGE);
    profile = mkdtempSync(join(tmpdir(), 'stagecraft-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      deviceScaleFactor: 2,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Everything the page needs is on disk: any other request is a bug (or an injected URL), so refuse it.
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pathToFileURL(join(OUTPUT, 'render.html')).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it.each(GRAPHS.map((g) => [g.name, g] as const))('%s', async (name, { graph, theme, expectText }) => {
    const built = graph();
    const { text } = renderMermaid(built);
    const result = await page.evaluate(([diagram, colours]) => (globalThis as unknown as { renderGraph(t: string, c: string): Promise<Rendered> }).renderGraph(diagram, colours), [text, theme ?? 'default'] as const);
    if (!result.ok) throw new Error(`Mermaid could not draw ${name}: ${result.error}\n${text}`);
    expect(result.svg).toMatch(/^<svg/);
    expect(result.text).not.toMatch(/Syntax error|Parse error/i);
    expect(result.nodes).toBe(built.nodes.length);
    expect(result.edges).toBe(built.edges.length);
    for (const expected of expectText) expect(result.text).toContain(expected);
    expect(result.svg).not.toMatch(/<script|<img|\sonerror=|javascript:/i);

    const png = join(OUTPUT, `${name}.png`);
    await page.locator('#out').screenshot({ path: png });
    if (name === 'eight-stage' && process.env.STAGECRAFT_UPDATE_DOCS_IMAGES === '1') {
      mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
      copyFileSync(png, DOCS_IMAGE);
    }
  });
});
