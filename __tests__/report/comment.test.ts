import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import {
  COMMENT_LIMIT_CHARS,
  commentHasFindings,
  commentMarker,
  renderComment,
  renderMinimalComment,
  type CommentOptions,
} from '../../src/report/comment.js';
import { encodePath } from '../../src/report/markdown.js';
import type { FileReport, LintReport } from '../../src/report/types.js';
import type { DockerfileChange, ReviewContext } from '../../src/review/types.js';
import { expectValidMermaid } from '../graph/helpers.js';
import { renderHtml, tableRows, tagsOf, textOf } from './render-html.js';

const DOCS = 'https://github.com/acme/stagecraft/blob/v1.2.0';
const HEAD_SHA = 'c0ffee'.padEnd(40, '0');
const RUN_URL = 'https://github.com/acme/shop/actions/runs/42';
const OPTIONS: CommentOptions = {
  key: 'default',
  docsBase: DOCS,
  lineUrl: (path, line, endLine) => `https://github.com/acme/shop/blob/${HEAD_SHA}/${encodePath(path)}#L${line}${endLine > line ? `-L${endLine}` : ''}`,
  failOn: 'error',
  version: '1.2.0',
  runUrl: RUN_URL,
};

// ---------------------------------------------------------------------------------------------------
// Dockerfiles, linted for real. Findings in both versions (same rule and message) are "existing".
// ---------------------------------------------------------------------------------------------------

/** One stage that builds and ships: 2 warnings (single-stage-build carrying the SDK base, the copied context and the devDependencies; root), and an out-of-range port (an error) that stays. */
const SINGLE = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nEXPOSE 70000\nCMD ["node", "dist/index.js"]\n';
/** The same app split into build + final: fixes the 2 warnings, brings `sudo` (an error) and a named USER (info). */
const SPLIT =
  'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nRUN sudo chown -R node /app\nUSER node\nEXPOSE 70000\nCMD ["node", "dist/index.js"]\n';
const CLEAN = 'FROM alpine:3.19\nUSER 10001\nCMD ["sleep", "1"]\n';
/** A multi-stage Go build: one warning (the untagged distroless image). */
const MULTI = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app\n\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\nUSER 10001\nCMD ["/app"]\n';

const sameFinding = (a: Finding, b: Finding): boolean => a.rule === b.rule && a.message === b.message;

/** A reviewed file: head and base linted, findings split by hand; null text = no such version. */
function reviewed(path: string, headText: string | null, baseText: string | null, change: Partial<DockerfileChange> = {}): FileReport {
  const basePath = change.basePath !== undefined ? change.basePath : baseText === null ? null : path;
  const head = headText === null ? null : lintText(headText, path);
  const base = baseText === null ? null : lintText(baseText, basePath ?? path);
  const headFindings = head?.findings ?? [];
  const baseFindings = base?.findings ?? [];
  const status = change.status ?? (headText === null ? 'removed' : baseText === null ? 'added' : 'modified');
  return {
    path,
    findings: headFindings,
    failOn: 'error',
    dockerfile: head?.dockerfile,
    review: {
      change: { path, status, basePath, because: [], ...change },
      newFindings: headFindings.filter((f) => !baseFindings.some((b) => sameFinding(b, f))),
      existingFindings: headFindings.filter((f) => baseFindings.some((b) => sameFinding(b, f))),
      fixedFindings: baseFindings.filter((b) => !headFindings.some((f) => sameFinding(b, f))),
      baseDockerfile: base?.dockerfile ?? null,
    },
  };
}

function reviewReport(files: FileReport[], context: Partial<ReviewContext> = {}): LintReport {
  return {
    files,
    errors: [],
    review: {
      event: 'pull_request',
      base: { sha: 'b'.repeat(40), ref: 'main' },
      head: { sha: HEAD_SHA, ref: 'feature' },
      pullRequest: { number: 7, url: 'https://github.com/acme/shop/pull/7' },
      changedOnly: true,
      failOnScope: 'new',
      ...context,
    },
  };
}

const ALLOWED_TAGS = new Set(['h3', 'h4', 'p', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'a', 'sub', 'br', 'details', 'summary', 'blockquote', 'pre']);

function mentionsIn(html: string): string[] {
  // GitHub does not resolve mentions inside code; everywhere else `@name` would notify someone.
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '');
  return [...textOf(outsideCode).matchAll(/(^|[^\w`])@[A-Za-z0-9]/g)].map((m) => m[0]);
}

/** Structural checks every comment must pass: known tags only, no mention, every table row 4 cells. */
function expectWellFormed(markdown: string): string {
  const html = renderHtml(markdown);
  expect([...tagsOf(html)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  expect(mentionsIn(html)).toEqual([]);
  for (const row of tableRows(html)) expect(row).toHaveLength(4);
  // The marker is the first line and nothing else in the body carries one.
  expect(markdown.indexOf('<!-- stagecraft:report')).toBe(0);
  expect(markdown.lastIndexOf('<!--')).toBe(0);
  return html;
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('commentMarker', () => {
  it('is an HTML comment carrying the key', () => {
    expect(commentMarker('api-1.x_y')).toBe('<!-- stagecraft:report key=api-1.x_y -->');
  });
});

describe('renderComment', () => {
  const split = () => reviewReport([reviewed('Dockerfile', SPLIT, SINGLE)]);

  it('starts with the marker line, then the heading, verdict, overview, file section and footer', () => {
    const md = renderComment(split(), { ...OPTIONS, key: 'api-1' });
    expect(md.split('\n')[0]).toBe('<!-- stagecraft:report key=api-1 -->');
    const order = ['### Stagecraft · 1 Dockerfile reviewed', '**❌ 1 new error**', '| | Dockerfile | new findings | image |', '#### `Dockerfile`', '```mermaid', '<details>', '<sub>Stagecraft 1.2.0'];
    const positions = order.map((text) => md.indexOf(text));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
    expectWellFormed(md);
  });

  it('failing: bolds the new error, counts what was there and what was fixed, and says why it fails', () => {
    const md = renderComment(split(), OPTIONS);
    expect(md).toContain('**❌ 1 new error** · ℹ️ 1 new info · 1 finding already on `main` · 2 fixed by this PR\n');
    expect(md).toContain('❌ **Failing:** 1 new error at or above `fail-on: error`.');
    expect(md).toContain('| ❌ | `Dockerfile` | 1 error · 1 info · 2 fixed | — |');
  });

  it('passing: new warnings below the threshold are not bold', () => {
    const md = renderComment(reviewReport([reviewed('Dockerfile', MULTI, CLEAN)]), OPTIONS);
    expect(md).toContain('⚠️ 1 new warning\n');
    expect(md).not.toContain('**⚠️');
    expect(md).toContain('✅ **Passing:** no new finding reaches `fail-on: error`.');
    expect(md).not.toContain('Failing');
  });

  it('names the threshold from configuration when the run gave none', () => {
    const md = renderComment(split(), { ...OPTIONS, failOn: null });
    expect(md).toContain("❌ **Failing:** 1 new error at or above each file's `fail-on`.");
    expect(md).toContain('fail-on: from configuration');
  });

  it('all clear: no new findings, the fixed ones mentioned', () => {
    const md = renderComment(reviewReport([reviewed('Dockerfile', CLEAN, SINGLE)]), OPTIONS);
    expect(md).toContain('✅ **No new findings** · 3 fixed by this PR\n');
    expect(md).not.toMatch(/Failing|Passing/);
    expect(md).toContain('#### `Dockerfile`\n\n✅ No new findings · 3 fixed by this PR.');
    expect(md).toContain('<details><summary>3 fixed by this PR</summary>');
    expectWellFormed(md);
  });

  it('all clear without anything fixed, and for a change without Dockerfiles', () => {
    const md = renderComment(reviewReport([reviewed('Dockerfile', CLEAN, CLEAN)]), OPTIONS);
    expect(md).toContain('✅ **No new findings**\n');
    expect(md).not.toContain('#### ');
    expect(renderComment(reviewReport([]), OPTIONS)).toContain('### Stagecraft · no Dockerfiles reviewed');
  });

  it('folds the findings already on the base away, as not failing the check', () => {
    const md = renderComment(split(), OPTIONS);
    const details = /<details><summary>1 finding already on <code>main<\/code> \(not failing this check\)<\/summary>\n\n([\s\S]*?)<\/details>/.exec(md);
    expect(details).not.toBeNull();
    expect(details![1]).toContain('| ❌ | [11](https://github.com/acme/shop/blob/');
    expect(details![1]).toContain('expose-port-out-of-range');
    // The existing error is listed once, folded: not in the new findings table.
    expect(md.match(/expose-port-out-of-range\.md/g)).toHaveLength(1);
  });

  it('with fail-on-scope all, the findings already on the base fail too, and it says so', () => {
    const md = renderComment(reviewReport([reviewed('Dockerfile', SINGLE, SINGLE)], { failOnScope: 'all' }), OPTIONS);
    expect(md).toContain('No new findings · **3 findings already on `main`**\n');
    expect(md).not.toContain('✅ **No new findings**');
    expect(md).toContain(
      '❌ **Failing:** 1 error at or above `fail-on: error`: `fail-on-scope: all` judges every finding, not only new ones, and 1 of them is already on `main`.',
    );
    expect(md).toContain('<summary>3 findings already on <code>main</code> (1 failing this check: <code>fail-on-scope: all</code>)</summary>');
    expect(md).toContain('fail-on: error (all findings)');
  });

  it('with fail-on-scope all and nothing failing, says what it judged', () => {
    const md = renderComment(reviewReport([reviewed('Dockerfile', MULTI, MULTI)], { failOnScope: 'all' }), OPTIONS);
    expect(md).toContain('✅ **Passing:** no finding reaches `fail-on: error` (`fail-on-scope: all` judges every finding, not only new ones).');
  });

  it('marks new, removed, renamed and settings-changed files; a removed file shows only its fixed count', () => {
    const md = renderComment(
      reviewReport([
        reviewed('services/api/Dockerfile', MULTI, null),
        reviewed('old/Dockerfile', null, SINGLE),
        reviewed('docker/app.Dockerfile', SPLIT, SPLIT, { status: 'renamed', basePath: 'app/Dockerfile' }),
        reviewed('web/Dockerfile', SINGLE, SINGLE, { status: 'settings', because: ['.dockerignore', 'web/.stagecraft.yml'] }),
      ]),
      OPTIONS,
    );
    expect(md).toContain('### Stagecraft · 4 Dockerfiles reviewed');
    expect(md).toContain('| ⚠️ | `services/api/Dockerfile` *(new)* | 1 warning | — |');
    expect(md).toContain('| 🗑️ | `old/Dockerfile` *(removed)* | 3 fixed | — |');
    expect(md).toContain('| ✅ | `docker/app.Dockerfile` *(renamed from `app/Dockerfile`)* | none | — |');
    expect(md).toContain('| ✅ | `web/Dockerfile` *(settings changed: `.dockerignore` and `web/.stagecraft.yml`)* | none | — |');
    expect(md).toContain('#### `services/api/Dockerfile` *(new)*');
    expect(md).toContain('#### `docker/app.Dockerfile` *(renamed from `app/Dockerfile`)*');
    expect(md).not.toContain('#### `old/Dockerfile`');
    expect(md).toContain('3 fixed by this PR');
    const html = expectWellFormed(md);
    expect(html).toContain('<em>(renamed from <code>app/Dockerfile</code>)</em>');
  });

  it('links each line to the head revision and each rule to its docs, with its aliases', () => {
    const md = renderComment(split(), OPTIONS);
    expect(md).toMatch(
      new RegExp(`\\| ❌ \\| \\[9\\]\\(https://github\\.com/acme/shop/blob/${HEAD_SHA}/Dockerfile#L9\\) \\| \\[\`sudo-in-run\`\\]\\(${DOCS.replace(/[./]/g, '\\$&')}/docs/rules/sudo-in-run\\.md\\)( · DL3004)? \\|`),
    );
    expect(md).toContain(`[\`final-stage-runs-as-root\`](${DOCS}/docs/rules/final-stage-runs-as-root.md) · DL3002`);
    // Fixed findings are on the base's lines: numbers without a link to the head.
    expect(md).toContain(`| ⚠️ | 4 | [\`single-stage-build\`](${DOCS}/docs/rules/single-stage-build.md) |`);
    expect(md).toContain('<br>also: line 3 (`final-stage-copies-context`) — ');
    expect(md).toContain('| | line on base | rule | finding |');
  });

  it('plain line numbers without a link function, or when its link is absurdly long', () => {
    const plain = renderComment(split(), { ...OPTIONS, lineUrl: undefined });
    expect(plain).toContain('| ❌ | 9 | [`sudo-in-run`]');
    const long = renderComment(split(), { ...OPTIONS, lineUrl: () => `https://x.example/${'a'.repeat(5000)}` });
    expect(long).toContain('| ❌ | 9 | [`sudo-in-run`]');
  });

  it('draws the base → head diff when the PR turns one stage into build + final', async () => {
    const md = renderComment(split(), OPTIONS);
    const [graph, ...more] = mermaidBlocks(md);
    expect(more).toEqual([]);
    expect(graph).toContain('s0["build (added');
    expect(graph).toMatch(/classDef added/);
    expect(graph).toMatch(/class s\d+(,\w+)* added/);
    expect(md).toContain('🟩 added');
    // After the new findings, before the folded lists.
    expect(md.indexOf('```mermaid')).toBeGreaterThan(md.indexOf('sudo-in-run'));
    expect(md.indexOf('```mermaid')).toBeLessThan(md.indexOf('<details>'));
    await expectValidMermaid(graph!);
  });

  it('draws the head graph of a multi-stage file whose shape did not change; none for a single stage', () => {
    const cleanMulti = MULTI.replace('gcr.io/distroless/static', 'gcr.io/distroless/static:nonroot');
    // Nothing new, nothing there before, nothing fixed, the same shape: nothing to say beyond the file's row.
    const quiet = renderComment(reviewReport([reviewed('Dockerfile', cleanMulti.replace('go build', 'go build -v'), cleanMulti)]), OPTIONS);
    expect(quiet).not.toContain('#### ');
    expect(quiet).toContain('| ✅ | `Dockerfile` | none | — |');
    // A finding already on the base gives the file a section; its graph is the head's, without diff marks.
    const unchanged = renderComment(reviewReport([reviewed('Dockerfile', MULTI.replace('go build', 'go build -v'), MULTI)]), OPTIONS);
    const graphs = mermaidBlocks(unchanged);
    expect(graphs).toHaveLength(1);
    expect(graphs[0]).not.toMatch(/classDef (added|removed|changed)/);
    expect(graphs[0]).toContain('s0["build"]');
    const single = renderComment(reviewReport([reviewed('Dockerfile', SINGLE.replace('npm ci', 'npm ci --omit=dev'), SINGLE)]), OPTIONS);
    expect(single).toContain('#### `Dockerfile`');
    expect(mermaidBlocks(single)).toEqual([]);
  });

  it('draws a new multi-stage file even without findings', () => {
    const md = renderComment(reviewReport([reviewed('Dockerfile', MULTI.replace('gcr.io/distroless/static', 'gcr.io/distroless/static:nonroot'), null)]), OPTIONS);
    expect(md).toContain('#### `Dockerfile` *(new)*\n\n✅ No new findings.');
    expect(mermaidBlocks(md)).toHaveLength(1);
  });

  it('treats every finding as new without a review (a plain lint), as the verdict does', () => {
    const { dockerfile, findings } = lintText(SPLIT, 'Dockerfile');
    const md = renderComment({ files: [{ path: 'Dockerfile', findings, failOn: 'error', dockerfile }], errors: [] }, OPTIONS);
    expect(md).toContain('**❌ 2 errors** · ℹ️ 1 info\n');
    expect(md).toContain('❌ **Failing:** 2 errors at or above `fail-on: error`.');
  });

  it('lists files that could not be read', () => {
    const report = reviewReport([reviewed('Dockerfile', CLEAN, CLEAN)]);
    report.errors.push({ path: 'broken/Dockerfile', message: 'EACCES' });
    const md = renderComment(report, OPTIONS);
    expect(md).toContain('| ❌ | `broken/Dockerfile` | could not be read | — |');
    expect(md).toContain('### Stagecraft · 2 Dockerfiles reviewed');
  });

  it('says "this change" without a pull request, and falls back to the base sha without a ref', () => {
    const md = renderComment(reviewReport([reviewed('Dockerfile', SPLIT, SINGLE)], { pullRequest: null, base: { sha: 'abcdef0123456789'.padEnd(40, '0'), ref: null } }), OPTIONS);
    expect(md).toContain('1 finding already on `abcdef012345` · 2 fixed by this change');
  });

  it('footer: version, fail-on, a link to the job summary and how to suppress', () => {
    const md = renderComment(split(), OPTIONS);
    expect(md).toContain(
      `<sub>Stagecraft 1.2.0 · fail-on: error · [full report in the job summary](${RUN_URL}) · suppress a finding with <code># stagecraft ignore=&lt;rule&gt;</code> on the line above it</sub>\n`,
    );
    const noRun = renderComment(split(), { ...OPTIONS, runUrl: null });
    expect(noRun).toContain('· full report in the job summary ·');
    const badRun = renderComment(split(), { ...OPTIONS, runUrl: 'javascript:alert(1)' });
    expect(badRun).not.toContain('javascript');
  });

  it('shows what the run said about itself, escaped', () => {
    const report = reviewReport([reviewed('Dockerfile', SPLIT, SINGLE)]);
    report.notices = ['ShellCheck not found: SC checks skipped', 'odd <b>@team</b>'];
    const md = renderComment(report, OPTIONS);
    expect(md).toContain('> [!NOTE]\n> ShellCheck not found\\: SC checks skipped\n>\n> odd \\<b\\>@\u200dteam\\</b\\>\n');
  });
});

describe('commentHasFindings', () => {
  it('is true for any finding, new or existing, any fixed finding, or an unreadable file', () => {
    expect(commentHasFindings(reviewReport([reviewed('Dockerfile', CLEAN, CLEAN)]))).toBe(false);
    expect(commentHasFindings(reviewReport([]))).toBe(false);
    expect(commentHasFindings(reviewReport([reviewed('Dockerfile', MULTI, MULTI)]))).toBe(true); // existing only
    expect(commentHasFindings(reviewReport([reviewed('Dockerfile', MULTI, CLEAN)]))).toBe(true); // new
    expect(commentHasFindings(reviewReport([reviewed('Dockerfile', CLEAN, SINGLE)]))).toBe(true); // fixed
    expect(commentHasFindings(reviewReport([reviewed('Dockerfile', null, SINGLE)]))).toBe(true); // removed with findings
    const unreadable = reviewReport([]);
    unreadable.errors.push({ path: 'Dockerfile', message: 'EISDIR' });
    expect(commentHasFindings(unreadable)).toBe(true);
  });
});

describe('renderMinimalComment', () => {
  it('keeps the marker, the verdict, counts per file and the link; nothing else from the files', () => {
    const report = reviewReport(
      [reviewed('Dockerfile', SPLIT, SINGLE), reviewed('services/api/Dockerfile', MULTI, null), reviewed('old/Dockerfile', null, SINGLE)],
      { base: { sha: 'b'.repeat(40), ref: '<img src=x onerror=alert(1)>' } },
    );
    const md = renderMinimalComment(report, { ...OPTIONS, key: 'api' });
    expect(md.split('\n')[0]).toBe('<!-- stagecraft:report key=api -->');
    expect(md).toContain('**❌ 1 new error** · ⚠️ 1 new warning · ℹ️ 1 new info · 1 finding already on the base branch · 5 fixed by this PR');
    expect(md).toContain('❌ **Failing:** 1 new error at or above `fail-on: error`.');
    expect(md).toContain(`see the [job summary](${RUN_URL})`);
    expect(md).toContain('| ❌ | `Dockerfile` | 1 error · 1 info · 2 fixed | — |');
    expect(md).toContain('| 🗑️ | `old/Dockerfile` *(removed)* | 3 fixed | — |');
    expect(md).not.toMatch(/####|```|<details>|sudo|img/);
    expectWellFormed(md);
  });

  it('stays within a small budget, listing as many files as fit', () => {
    const files = Array.from({ length: 200 }, (_, i) => reviewed(`app-${i}/Dockerfile`, MULTI, null));
    const md = renderMinimalComment(reviewReport(files), { ...OPTIONS, maxChars: 3000 });
    expect(md.length).toBeLessThanOrEqual(3000);
    expect(md).toMatch(/<sub>\d+ more Dockerfiles not listed here\.<\/sub>/);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// Hostile text: paths, stage names, the base ref and messages come from a fork's pull request.
// ---------------------------------------------------------------------------------------------------

const HOSTILE = [
  ['an HTML tag', '<img src=x onerror=alert(1)>'],
  ['a team mention', '@org/team please look'],
  ['a table cell break', 'x | y | z'],
  ['backticks', 'a`b``c`'],
  ['a code fence', '```\n# heading\n```'],
  ['newlines and a new table row', 'first\n| a | b | c | d |\nlast'],
  ['an HTML comment end', 'x --> y'],
  ['a fake marker', '<!-- stagecraft:report key=other -->'],
  ['brackets', ']] [[x]] ]]>'],
  ['a Mermaid click directive', 'x"]\n  click s0 href "javascript:alert(1)"\n  s9["y'],
  ['a details block', '</td></tr></table><details open>'],
  ['a Markdown link', '[click here](https://evil.example/phish)'],
] as const;

/** A word Dockerfile syntax keeps whole as a stage name, image or --from value. */
const word = (text: string) => text.replace(/\s+/g, '');

function hostileReport(hostile: string): LintReport {
  const w = word(hostile);
  const base = `FROM alpine:3.19 AS ${w}\nRUN true\n`;
  const head = `FROM alpine:3.19 AS ${w}\nRUN sudo true\n\nFROM ${w}\nCOPY --from=${w} /a /a\nUSER 10001\n`;
  const file = reviewed(`dir/${hostile}/Dockerfile`, head, base, { status: 'renamed', basePath: `old/${hostile}`, because: [`${hostile}/.dockerignore`] });
  for (const f of [...file.review!.newFindings, ...file.review!.fixedFindings]) {
    f.message = `${f.message} ${hostile}`;
    f.aliases = [...f.aliases, hostile];
  }
  const definition = { dockerfile: file.path, context: hostile, targets: [w], args: {}, source: { file: `${hostile}/compose.yaml`, line: 3, kind: 'compose' as const }, name: hostile };
  file.build = { dockerfile: file.path, context: hostile, targets: [w, null], args: {}, definition, definitions: [definition, definition], overridden: false };
  const other = reviewed(`other/${hostile}`, SINGLE, SINGLE);
  return reviewReport([file, other], { base: { sha: 'b'.repeat(40), ref: hostile } });
}

describe('hostile text renders as text', () => {
  it.each(HOSTILE)('%s in paths, stage names, the base ref and messages', async (_name, hostile) => {
    const md = renderComment(hostileReport(hostile), OPTIONS);
    const html = expectWellFormed(md);
    expect(html).not.toMatch(/<img|<script|<details open/i);
    // The only links are ours: rule docs, line links, the run.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/github\.com\/acme\/(stagecraft\/blob|shop\/blob|shop\/actions\/runs)\//);
    // Headings and the fenced block are ours alone.
    expect(html.match(/<h3>/g)).toHaveLength(1);
    expect(html.match(/<pre>/g) ?? []).toHaveLength(mermaidBlocks(md).length);
    for (const graph of mermaidBlocks(md)) {
      expect(graph).not.toMatch(/^\s*click\b/m);
      await expectValidMermaid(graph);
    }
    // The path reads as written (one line, the zero-width characters aside).
    const cells = tableRows(html).flat().map(textOf).join('\n').replace(/[\u200b\u200d]/g, '');
    expect(cells).toContain(`dir/${hostile.replace(/\n/g, ' ')}/Dockerfile`);
  });

  it('the minimal comment too', () => {
    for (const [, hostile] of HOSTILE) expectWellFormed(renderMinimalComment(hostileReport(hostile), OPTIONS));
  });
});

describe('how each file was built', () => {
  const definition = { dockerfile: 'docker/prod/Dockerfile', context: '', targets: ['prod'], args: {}, source: { file: 'compose.yaml', line: 12, kind: 'compose' as const }, name: 'api' };

  it('names the definition used, the context and the targets under the file heading', () => {
    const file = reviewed('docker/prod/Dockerfile', MULTI, null);
    file.build = { dockerfile: file.path, context: '', targets: ['prod', null], args: {}, definition, definitions: [definition, { ...definition, name: 'web' }], overridden: false };
    const html = renderHtml(renderComment(reviewReport([file]), OPTIONS));
    expect(textOf(html)).toContain('Built by compose.yaml:12 (service api) and 1 more definition · context . · targets prod and the last stage');
  });

  it('says nothing for a file linted with the defaults', () => {
    const file = reviewed('Dockerfile', MULTI, null);
    file.build = { dockerfile: file.path, context: '', targets: [null], args: {}, definition: null, definitions: [], overridden: false };
    expect(renderComment(reviewReport([file]), OPTIONS)).not.toContain('context');
  });
});

// ---------------------------------------------------------------------------------------------------
// The size budget.
// ---------------------------------------------------------------------------------------------------

/** `count` RUN lines, each a finding: `sudo` (error) and `cd` (warning) alternating, or only one kind. */
function noisyDockerfile(count: number, kind: 'mixed' | 'error' | 'warning' = 'mixed'): string {
  const line = (j: number) => ((kind === 'mixed' ? j % 2 === 1 : kind === 'error') ? `RUN sudo true ${j}` : `RUN cd /tmp${j} && make`);
  return `FROM alpine:3.19\n${Array.from({ length: count }, (_, j) => line(j)).join('\n')}\n`;
}

/** `count` stages in a chain, each FROM its own image and copying from the one before. */
function wideDockerfile(count: number): string {
  return Array.from({ length: count }, (_, i) => `FROM registry.example.com/img-${i}:1 AS s${i}\n${i > 0 ? `COPY --from=s${i - 1} /a /a\n` : ''}`).join('');
}

/** Tags each finding's message with its place, so a test can count the rows of each kind in the output. */
function tagged(file: FileReport): FileReport {
  const review = file.review!;
  for (const [tag, list] of [['NEW', review.newFindings], ['OLD', review.existingFindings], ['FIX', review.fixedFindings]] as const) {
    for (const f of list) f.message = `${tag}-${f.severity} ${f.message}`;
  }
  return file;
}

function rowsTagged(markdown: string, tag: string): number {
  return markdown.split('\n').filter((l) => l.startsWith('| ') && l.includes(` | ${tag}`)).length;
}

const CUT_NOTE = "This comment is cut short to stay under GitHub's size limit. Not shown here: ";

describe('size budget', () => {
  it('100 files × 500 findings, a 10 MB message and a 1,000-stage graph stay under the limit', () => {
    const noisy = noisyDockerfile(500);
    // Linted once; every file gets its own copies of the findings (the tags are written into them).
    const gone = Array.from({ length: 20 }, (_, k) => `RUN sudo gone ${k}\n`).join('');
    const template = reviewed('svc/Dockerfile', noisy, noisy.replace(/RUN sudo true (\d*[05])\n/g, 'RUN true $1\n') + gone);
    const files = Array.from({ length: 100 }, (_, i) => {
      const copy = (list: Finding[]) => list.map((f) => ({ ...f }));
      const review = { ...template.review!, newFindings: copy(template.review!.newFindings), existingFindings: copy(template.review!.existingFindings), fixedFindings: copy(template.review!.fixedFindings) };
      return tagged({ ...template, path: `svc-${String(i).padStart(3, '0')}/Dockerfile`, findings: [...review.newFindings, ...review.existingFindings], review });
    });
    expect(files[0]!.review!.newFindings.length + files[0]!.review!.existingFindings.length).toBe(500);
    expect(files[0]!.review!.fixedFindings.length).toBeGreaterThan(0);
    files[0]!.review!.newFindings[0]!.message = `NEW-error ${'m'.repeat(10_000_000)}`;
    files.push(reviewed('wide/Dockerfile', wideDockerfile(1000), wideDockerfile(999)));
    const report = reviewReport(files);

    const md = renderComment(report, OPTIONS);
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md.length).toBeGreaterThan(50_000);
    expect(md).toContain(CUT_NOTE);
    expect(md).toContain(`The [job summary](${RUN_URL}) has the full report.`);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
    // Only new errors made it (they fail the check); no warnings, no folded lists, no graph.
    expect(rowsTagged(md, 'NEW-error')).toBeGreaterThan(50);
    expect(rowsTagged(md, 'NEW-warning') + rowsTagged(md, 'OLD') + rowsTagged(md, 'FIX')).toBe(0);
    expect(md).not.toContain('```mermaid');
    // The 10 MB message is shortened, not dropped.
    expect(md).toMatch(/NEW-error m{900,1000}…/);
    expectWellFormed(md);

    expect(renderComment(report, { ...OPTIONS, maxChars: 1_000_000 }).length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
  });

  it('keeps the new errors before anything else: an errors file that sorts last by path comes first', () => {
    const warnings = tagged(reviewed('a-warnings/Dockerfile', noisyDockerfile(300, 'warning'), CLEAN));
    const errors = tagged(reviewed('z-errors/Dockerfile', noisyDockerfile(300, 'error'), CLEAN));
    const md = renderComment(reviewReport([warnings, errors]), { ...OPTIONS, maxChars: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(rowsTagged(md, 'NEW-error')).toBeGreaterThan(20);
    expect(rowsTagged(md, 'NEW-warning')).toBe(0);
    expect(md).toMatch(/Not shown here: \d+ new findings in 2 Dockerfiles/);
    expect(md).toMatch(/<sub>\d+ more new findings not shown here: see the job summary\.<\/sub>/);
    expect(md.indexOf('#### `z-errors/Dockerfile`')).toBeGreaterThan(0);
    expect(md).not.toContain('#### `a-warnings/Dockerfile`');
    // The overview still lists both files.
    expect(md).toContain('| ⚠️ | `a-warnings/Dockerfile` | 300 warnings | — |');
  });

  it('drops the folded lists first, then the graphs, then new rows', () => {
    const file = tagged(reviewed('Dockerfile', SPLIT + noisyDockerfile(40, 'warning').replace('FROM alpine:3.19\n', ''), SINGLE + noisyDockerfile(60, 'warning').replace('FROM alpine:3.19\n', '')));
    const report = reviewReport([file]);
    const full = renderComment(report, OPTIONS);
    expect(full).not.toContain(CUT_NOTE);
    const sizes = [full.length - 500, 9000, 6000, 3500, 2500];
    for (const maxChars of sizes) {
      const md = renderComment(report, { ...OPTIONS, maxChars });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md).toContain(CUT_NOTE);
      const old = rowsTagged(md, 'OLD') + rowsTagged(md, 'FIX');
      const graphs = mermaidBlocks(md).length;
      const news = rowsTagged(md, 'NEW');
      const allNew = file.review!.newFindings.length;
      if (old > 0) expect(graphs).toBe(1);
      if (graphs > 0) expect(news).toBe(allNew);
      expectWellFormed(md);
    }
  });

  it('adds no note when everything fits', () => {
    expect(renderComment(reviewReport([reviewed('Dockerfile', SPLIT, SINGLE)]), OPTIONS)).not.toContain('cut short');
  });

  it('a 1,000-stage graph is collapsed to fit, and never breaks the budget', () => {
    const report = reviewReport([reviewed('Dockerfile', wideDockerfile(1000), wideDockerfile(999))]);
    const md = renderComment(report, OPTIONS);
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(mermaidBlocks(md)).toHaveLength(1);
    expect(md).toContain('too large for GitHub to draw');
    expect(renderComment(report, { ...OPTIONS, maxChars: 3000 }).length).toBeLessThanOrEqual(3000);
  });

  it('even a tiny budget gets the marker first', () => {
    const report = reviewReport([reviewed('Dockerfile', SPLIT, SINGLE)]);
    for (const maxChars of [100, 300, 800]) {
      const md = renderComment(report, { ...OPTIONS, maxChars });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md.startsWith('<!-- stagecraft:report key=default -->\n')).toBe(true);
    }
  });

  describe('property: any mix of files, findings, messages and budgets', () => {
    const pool = {
      split: reviewed('Dockerfile', SPLIT, SINGLE),
      noisy: reviewed('Dockerfile', noisyDockerfile(60), noisyDockerfile(40, 'warning')),
      multi: reviewed('Dockerfile', MULTI, CLEAN),
      removed: reviewed('Dockerfile', null, SINGLE),
    };
    const clone = (file: FileReport, path: string, message: string, scale: number): FileReport => {
      const copy = (list: Finding[]) => list.slice(0, scale).map((f) => ({ ...f, message: `${f.message}${message}` }));
      const review = file.review!;
      const newFindings = copy(review.newFindings);
      const existingFindings = copy(review.existingFindings);
      return { ...file, path, findings: [...newFindings, ...existingFindings], review: { ...review, newFindings, existingFindings, fixedFindings: copy(review.fixedFindings) } };
    };
    const fileArb = fc.record({
      kind: fc.constantFrom(...(Object.keys(pool) as (keyof typeof pool)[])),
      path: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...HOSTILE.map(([, h]) => h))),
      message: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 50 }), fc.integer({ min: 0, max: 200_000 }).map((n) => 'é'.repeat(n))),
      scale: fc.integer({ min: 0, max: 60 }),
    });

    it('stays within maxChars and 65,536, notes any cut, and keeps new errors first', () => {
      fc.assert(
        fc.property(fc.array(fileArb, { maxLength: 12 }), fc.integer({ min: 800, max: 80_000 }), fc.constantFrom<'new' | 'all'>('new', 'all'), (specs, maxChars, failOnScope) => {
          const files = specs.map((s, i) => tagged(clone(pool[s.kind], `${i}/${s.path}`, s.message, s.scale)));
          const md = renderComment(reviewReport(files, { failOnScope }), { ...OPTIONS, maxChars });
          expect(md.length).toBeLessThanOrEqual(Math.min(maxChars, COMMENT_LIMIT_CHARS));
          expect(md.startsWith('<!-- stagecraft:report key=default -->\n')).toBe(true);
          const newCounts = { error: 0, warning: 0, info: 0 };
          for (const f of files.flatMap((x) => x.review!.newFindings)) if (f.severity in newCounts) newCounts[f.severity as keyof typeof newCounts]++;
          const shownErrors = rowsTagged(md, 'NEW-error');
          const shownOthers = rowsTagged(md, 'NEW-warning') + rowsTagged(md, 'NEW-info');
          const shownOld = rowsTagged(md, 'OLD') + rowsTagged(md, 'FIX');
          const allNewShown = shownErrors + shownOthers === newCounts.error + newCounts.warning + newCounts.info;
          if (md.length > 1200) {
            // Anything left out is said.
            if (!allNewShown || (shownOld === 0 && files.some((f) => f.review!.existingFindings.length + f.review!.fixedFindings.length > 0 && f.review!.change.status !== 'removed'))) {
              expect(md).toContain(CUT_NOTE);
            }
          }
          if (shownOthers > 0) expect(shownErrors).toBe(newCounts.error);
          if (shownOld > 0) expect(allNewShown).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  });
});
