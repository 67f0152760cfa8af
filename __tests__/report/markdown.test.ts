import { describe, expect, it } from 'vitest';
import { codeSpan, encodePath, htmlText, linkDestination, markdownText, messageMarkdown, renderSummary, type SummaryOptions } from '../../src/report/markdown.js';
import { file, finding, report } from './make-report.js';
import { renderHtml, tableRows, tagsOf, textOf } from './render-html.js';

const DOCS = 'https://github.com/acme/stagecraft/blob/v1.2.0';
const OPTIONS: SummaryOptions = {
  docsBase: DOCS,
  lineUrl: (path, line, endLine) => `https://github.com/acme/shop/blob/abc123/${encodePath(path)}#L${line}${endLine > line ? `-L${endLine}` : ''}`,
  failOn: 'error',
  version: '1.2.0',
};

/** What a reader should see for a hostile string: one line, mentions defused, bidi controls made visible. */
function expectedText(input: string): string {
  return input
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
}

const ALLOWED_TAGS = new Set(['h3', 'h4', 'p', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'a', 'sub', 'details', 'summary', 'blockquote']);

function mentionsIn(html: string): string[] {
  // GitHub does not resolve mentions inside code; everywhere else `@name` would notify someone.
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  return [...textOf(outsideCode).matchAll(/(^|[^\w`])@[A-Za-z0-9]/g)].map((m) => m[0]);
}

const HOSTILE = [
  ['a table cell break', 'x | y | z'],
  ['a new table row', 'first\n| a | b | c | d |\nlast'],
  ['an HTML tag', '<img src=x onerror=alert(1)>'],
  ['a script tag', '<script>alert(1)</script>'],
  ['an HTML comment that hides the rest', '<!-- hidden'],
  ['a details block', '</td></tr></table><details open>'],
  ['a mention', '@octocat please look'],
  ['a team mention', 'ping @acme/security-team'],
  ['a Markdown link', '[click here](https://evil.example/phish)'],
  ['an image', '![x](https://evil.example/x.png)'],
  ['an autolink', '<https://evil.example>'],
  ['a bare URL', 'https://evil.example/phish?a=b'],
  ['a www link', 'visit www.evil.example now'],
  ['an email address', 'mail admin@evil.example'],
  ['emphasis and strikethrough', '**bold** _it_ ~~gone~~ *x*'],
  ['math', '$\\begin{x}$ and $$y$$'],
  ['an entity', '&lt;b&gt; &amp; &#64;octocat'],
  ['a footnote', 'see [^1]'],
  ['backslashes before a pipe', 'C:\\dir\\ | next'],
  ['a trailing backslash', 'ends with \\'],
  ['carriage returns', 'a\r\nb\rc'],
  ['bidi overrides (Trojan Source)', 'safe\u202Eexe.txt\u2066x\u2069'],
  ['a heading marker', '# not a heading'],
] as const;

describe('escaping helpers', () => {
  it.each(HOSTILE)('markdownText keeps %s as literal text', (_name, input) => {
    const html = renderHtml(`| a |\n|---|\n| ${markdownText(input)} |\n`);
    const rows = tableRows(html);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(1);
    expect(textOf(rows[1]![0]!).replace(/\u200d/g, '')).toBe(expectedText(input));
    // Nothing but the table itself: no link, image, emphasis, code or raw HTML came out of the text.
    expect([...tagsOf(html)].sort()).toEqual(['table', 'tbody', 'td', 'th', 'thead', 'tr']);
    expect(mentionsIn(html)).toEqual([]);
  });

  it.each([
    ['plain', 'Dockerfile'],
    ['a pipe', 'a|b'],
    ['backticks inside', 'a`b``c'],
    ['a leading backtick', '`Dockerfile'],
    ['a trailing backtick', 'Dockerfile`'],
    ['only spaces', '  '],
    ['a newline', 'a\nb'],
    ['HTML', '<b>x</b>'],
  ])('codeSpan keeps %s literal, in one table cell', (_name, input) => {
    const html = renderHtml(`| a | b |\n|---|---|\n| ${codeSpan(input)} | end |\n`);
    const row = tableRows(html)[1]!;
    expect(row).toHaveLength(2);
    expect(row[0]).toMatch(/^<code>[\s\S]*<\/code>$/);
    expect(textOf(row[0]!)).toBe(input.replace(/\n/g, ' '));
    expect(row[1]).toBe('end');
  });

  it('htmlText escapes markup and mentions for HTML blocks', () => {
    expect(htmlText('<b>&"@x')).toBe('&lt;b&gt;&amp;&quot;@\u200dx');
  });

  it.each([
    ['keeps code spans the rule wrote', 'use `COPY --from=build` here', ['COPY --from=build'], 'use COPY --from=build here'],
    ['treats an unpaired backtick as text', 'a ` b', [], 'a ` b'],
    ['re-fences a span holding a pipe', 'run `a | b` now', ['a | b'], 'run a | b now'],
    ['handles double-backtick spans', 'x ``a`b`` y', ['a`b'], 'x a`b y'],
    ['keeps a mention inside code as code', 'user `@root` ok', ['@root'], 'user @root ok'],
    ['keeps a URL as text', 'see https://evil.example/x and www.evil.example', [], 'see https://evil.example/x and www.evil.example'],
  ])('messageMarkdown %s', (_name, message, codes, text) => {
    const html = renderHtml(`| a | b |\n|---|---|\n| ${messageMarkdown(message)} | end |\n`);
    const row = tableRows(html)[1]!;
    expect(row).toHaveLength(2);
    expect([...row[0]!.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => textOf(m[1]!))).toEqual(codes);
    expect(textOf(row[0]!).replace(/\u200d/g, '')).toBe(text);
    expect(row[0]).not.toContain('<a ');
  });

  it.each([
    ['https://github.com/a/b/blob/v1/docs/rules/x.md', 'https://github.com/a/b/blob/v1/docs/rules/x.md'],
    ['https://x.example/a b(c)<d>', 'https://x.example/a%20b%28c%29%3Cd%3E'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
  ])('linkDestination(%s)', (url, expected) => {
    expect(linkDestination(url)).toBe(expected);
  });

  it('encodePath encodes each segment, keeping the slashes', () => {
    expect(encodePath('dir with space/Docker#file(1)')).toBe('dir%20with%20space/Docker%23file%281%29');
  });
});

describe('renderSummary', () => {
  it('leads with the counts and the verdict, then a table per file like the PR comment', () => {
    const md = renderSummary(
      report(
        file('Dockerfile', [
          finding({ rule: 'parse-error', aliases: [], severity: 'error', line: 10, message: 'unknown instruction: RUNN' }),
          finding({ line: 11, endLine: 13 }),
        ]),
        file('services/api/Dockerfile', [finding({ line: 3 })]),
        file('clean/Dockerfile', []),
      ),
      OPTIONS,
    );
    expect(md).toContain('### Stagecraft · 3 Dockerfiles linted');
    expect(md).toContain('**❌ 1 error** · ⚠️ 2 warnings');
    expect(md).toContain('**Failing:** 1 finding at or above `fail-on: error`.');
    expect(md).toContain('| ❌ | `Dockerfile` | 1 error · 1 warning | 1 |');
    expect(md).toContain('#### `Dockerfile`');
    expect(md).toContain(
      `| ❌ | [10](https://github.com/acme/shop/blob/abc123/Dockerfile#L10) | [\`parse-error\`](${DOCS}/docs/rules/parse-error.md) | unknown instruction\\: RUNN |`,
    );
    expect(md).toContain(`| ⚠️ | [11–13](https://github.com/acme/shop/blob/abc123/Dockerfile#L11-L13) | [\`from-as-casing\`](${DOCS}/docs/rules/from-as-casing.md) · FromAsCasing |`);
    expect(md).toContain('#### `services/api/Dockerfile`');
    expect(md).toMatch(/<details><summary>✅ 1 Dockerfile without findings<\/summary>\s+`clean\/Dockerfile`/);
    expect(md).toContain('<sub>Stagecraft 1.2.0 · fail-on: error');
    // The file with an error comes before the file with only a warning.
    expect(md.indexOf('#### `Dockerfile`')).toBeLessThan(md.indexOf('#### `services/api/Dockerfile`'));
  });

  it('renders as valid tables: every row has its four cells', () => {
    const html = renderHtml(renderSummary(report(file('a/Dockerfile', [finding(), finding({ line: 2 })]), file('b/Dockerfile', [finding()])), OPTIONS));
    for (const row of tableRows(html)) expect(row).toHaveLength(4);
  });

  it('says when nothing fails, naming the threshold from configuration', () => {
    const md = renderSummary(report(file('Dockerfile', [finding()], 'error')), { ...OPTIONS, failOn: null });
    expect(md).toContain("**Passing:** no finding reaches each file's `fail-on`.");
    expect(md).toContain('⚠️ 1 warning');
    expect(md).not.toContain('**⚠️');
    expect(md).toContain('fail-on: from configuration');
  });

  it('reports a clean run and an empty one', () => {
    expect(renderSummary(report(file('Dockerfile', [])), OPTIONS)).toContain('✅ **No findings.**');
    expect(renderSummary(report(), OPTIONS)).toContain('### Stagecraft · no Dockerfiles found');
  });

  it('links only rules that have docs, and plain line numbers without a repository', () => {
    const md = renderSummary(report(file('Dockerfile', [finding({ rule: 'config-error', aliases: [], severity: 'error', message: 'bad' })])), {
      ...OPTIONS,
      lineUrl: undefined,
    });
    expect(md).toContain('| ❌ | 1 | `config-error` | bad |');
  });

  it('shows what the run said about itself, escaped', () => {
    const md = renderSummary({ files: [file('Dockerfile', [])], errors: [], notices: ['ShellCheck not found: SC checks skipped', 'odd <b>@team</b>'] }, OPTIONS);
    expect(md).toContain('> [!NOTE]\n> ShellCheck not found\\: SC checks skipped\n>\n> odd \\<b\\>@\u200dteam\\</b\\>\n');
  });

  it('counts the annotations GitHub will not show', () => {
    const md = renderSummary(report(file('Dockerfile', [finding()])), { ...OPTIONS, omittedAnnotations: { error: 3, warning: 0, notice: 1 } });
    expect(md).toContain('Listed here but not annotated in the diff: 3 errors, 1 notice.');
  });

  it.each(HOSTILE)('neutralises %s in paths, aliases and messages', (_name, hostile) => {
    const md = renderSummary(
      report(
        file(`dir/${hostile}/Dockerfile`, [finding({ message: hostile, aliases: [hostile] })]),
        file(`other/${hostile}`, []),
        file('second/Dockerfile', [finding()]),
      ),
      OPTIONS,
    );
    const html = renderHtml(md);
    expect([...tagsOf(html)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(mentionsIn(html)).toEqual([]);
    for (const row of tableRows(html)) expect(row).toHaveLength(4);
    // The only links are ours: rule docs and line links.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/github\.com\/acme\/(stagecraft|shop)\/blob\//);
    const cells = tableRows(html).flat().map(textOf).join('\n').replace(/\u200d/g, '');
    expect(cells).toContain(expectedText(hostile));
    expect(cells).toContain(`dir/${expectedText(hostile)}/Dockerfile`);
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  describe('size budget', () => {
    const longMessage = 'x'.repeat(400);
    const big = report(
      file('a-warnings/Dockerfile', Array.from({ length: 3000 }, (_, i) => finding({ line: i + 1, message: `${longMessage} ${i}` }))),
      file('z-errors/Dockerfile', Array.from({ length: 3000 }, (_, i) => finding({ line: i + 1, severity: 'error', rule: 'parse-error', aliases: [], message: `${longMessage} ${i}` }))),
    );

    it('stays under GitHub’s 1 MiB step summary limit, errors first, saying what was left out', () => {
      const md = renderSummary(big, OPTIONS);
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
      expect(Buffer.byteLength(md, 'utf8')).toBeGreaterThan(1000 * 1024);
      const shownRows = md.split('\n').filter((l) => /^\| (❌|⚠️) \| \[\d/.test(l)).length;
      expect(md).toContain(`The summary is cut short to stay under GitHub's size limit: ${6000 - shownRows} more findings in `);
      // The budget runs out in the errors file, which comes first although it sorts last by name.
      expect(md).toContain('#### `z-errors/Dockerfile`');
      expect(md).not.toContain('#### `a-warnings/Dockerfile`');
      expect(md).toContain('more findings in 2 files are not shown');
      expect(md.trimEnd().endsWith('</sub>')).toBe(true);
      for (const row of tableRows(renderHtml(md))) expect(row).toHaveLength(4);
    });

    it.each([20_000, 70_000, 300_000])('honours a smaller budget of %i bytes', (maxBytes) => {
      const md = renderSummary(big, { ...OPTIONS, maxBytes });
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes);
      expect(md).toMatch(/\d+ more findings in \d files? are not shown/);
    });

    it('counts the files with hidden findings', () => {
      const md = renderSummary(big, { ...OPTIONS, maxBytes: 20_000 });
      // The budget runs out inside the errors file, so both files lose findings.
      expect(md).toMatch(/more findings in 2 files are not shown/);
    });

    it('adds no note when everything fits', () => {
      expect(renderSummary(report(file('Dockerfile', [finding()])), OPTIONS)).not.toContain('cut short');
    });
  });
});

describe('stage graphs in the summary', () => {
  const graph = { mermaid: 'flowchart LR\n  n0["build"]\n  n1["final (target)"]\n  n0 --> n1\n', notes: ['mount edges dropped to fit'], legend: 'Legend: dashed box: external image' };

  it('puts a collapsed Mermaid block after the file, for files with and without findings', () => {
    const markdown = renderSummary(report(file('with/Dockerfile', [finding()]), file('clean/Dockerfile', []), file('single/Dockerfile', [])), {
      ...OPTIONS,
      graphs: new Map([
        ['with/Dockerfile', graph],
        ['clean/Dockerfile', graph],
      ]),
    });
    const blocks = markdown.split('```mermaid\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[1]!.slice(0, blocks[1]!.indexOf('```'))).toBe(graph.mermaid);
    expect(markdown.indexOf('with/Dockerfile')).toBeLessThan(markdown.indexOf('```mermaid'));
    expect(markdown).toMatch(/#### `clean\/Dockerfile`\n\n<details><summary>Stage graph<\/summary>/);
    expect(markdown).toContain('<sub>mount edges dropped to fit</sub>');
    const html = renderHtml(markdown);
    expect([...tagsOf(html)].filter((t) => !ALLOWED_TAGS.has(t) && t !== 'pre' && t !== 'br')).toEqual([]);
  });

  it('a graph that does not fit the budget is left out, the findings stay', () => {
    const big = { ...graph, mermaid: 'flowchart LR\n' + '  n0 --> n1\n'.repeat(20_000) };
    const markdown = renderSummary(report(file('Dockerfile', [finding()])), { ...OPTIONS, graphs: new Map([['Dockerfile', big]]), maxBytes: 64 * 1024 });
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).toContain("'as' and 'FROM'");
  });
});
