import { describe, expect, it } from 'vitest';
import { buildStageGraph } from '../../src/graph/build.js';
import { GITHUB_MERMAID_BUDGET } from '../../src/graph/budget.js';
import { diffStageGraphs } from '../../src/graph/diff.js';
import { renderDot } from '../../src/graph/dot.js';
import { displayLabel } from '../../src/graph/labels.js';
import { quoteLabel, renderMermaid } from '../../src/graph/mermaid.js';
import type { GraphNode, StageGraph } from '../../src/graph/types.js';
import { DIFF_BASE, DIFF_HEAD, EIGHT_STAGE, TWO_STAGE } from './fixtures.js';
import { decodeMermaidEntities, expectValidMermaid, model } from './helpers.js';
import { mermaidParseError } from './mermaid-parser.js';

describe('renderMermaid', () => {
  it('draws the two-stage example like the PR comment does', async () => {
    const { text, notes, legend } = renderMermaid(buildStageGraph(model(TWO_STAGE)));
    expect(text).toBe(
      [
        'flowchart LR',
        '  s0["builder"]',
        '  s1["final (target)"]',
        '  i0["node:20-alpine"]',
        '  i0 --> s0',
        '  i0 --> s1',
        '  s0 -. "COPY --from" .-> s1',
        '  classDef ext stroke-dasharray: 4 3',
        '  classDef target stroke-width:3px',
        '  class s1 target',
        '  class i0 ext',
        '',
      ].join('\n'),
    );
    expect(notes).toEqual([]);
    expect(legend).toBe('Legend: dashed box: external image · thick border: the build target · solid arrow: FROM · dotted arrow: COPY --from or RUN --mount');
    await expectValidMermaid(text);
  });

  it('greys unused stages, slants contexts, labels mounts, colours diff edges', async () => {
    const graph = diffStageGraphs(
      model('FROM alpine AS a\nFROM busybox AS docs\nFROM alpine\n'),
      model('FROM alpine AS a\nFROM busybox AS docs\nFROM ${BASE}\nRUN --mount=type=cache,from=a,target=/c true\n'),
    );
    const { text } = renderMermaid(graph);
    expect(text).toContain('  c0[/"$#123;BASE#125; (added)"/]');
    expect(text).toContain('  s1["docs (unused)"]');
    expect(text).toContain('  s0 -. "cache mount" .-> s2');
    expect(text).toContain('  class s1,i1 dead');
    expect(text).toMatch(/ {2}linkStyle [\d,]+ stroke:#1a7f37,stroke-width:2px/);
    expect(text).toMatch(/ {2}linkStyle \d+ stroke:#cf222e,stroke-width:2px,stroke-dasharray:3 3/);
    await expectValidMermaid(text);
  });

  it('an empty graph is still a diagram', async () => {
    const { text, legend } = renderMermaid(buildStageGraph(model('')));
    expect(text).toBe('flowchart LR\n  n0["no build stages"]\n');
    expect(legend).toBe('');
    await expectValidMermaid(text);
  });

  it.each([
    ['two-stage', TWO_STAGE, null],
    ['eight-stage', EIGHT_STAGE, null],
    ['diff', DIFF_HEAD, DIFF_BASE],
  ] as const)('the %s fixture parses in both directions', async (_name, head, base) => {
    const graph = base === null ? buildStageGraph(model(head)) : diffStageGraphs(model(base), model(head));
    for (const direction of ['LR', 'TB'] as const) await expectValidMermaid(renderMermaid(graph, { direction }).text);
  });

  it('the parser used by these tests does reject broken diagrams', async () => {
    expect(await mermaidParseError('flowchart LR\n  a --> end\n')).not.toBeNull();
    expect(await mermaidParseError('flowchart LR\n  a["unterminated]\n')).not.toBeNull();
  });
});

describe('quoteLabel', () => {
  it.each([
    ['plain', 'node:20-alpine', '"node:20-alpine"'],
    ['double quote', 'a"b', '"a#quot;b"'],
    ['hash (would start an entity)', 'a#35;b', '"a#35;35;b"'],
    ['ampersand', 'a&lt;b', '"a#amp;lt;b"'],
    ['angle brackets', '<b>', '"#lt;b#gt;"'],
    ['backtick (Markdown string)', '`x`', '"#96;x#96;"'],
    ['brackets, braces, pipe', '[a]{b}|c|', '"#91;a#93;#123;b#125;#124;c#124;"'],
    ['percent (directives, comments)', '%%{init}%%', '"#37;#37;#123;init#125;#37;#37;"'],
    ['at sign (mentions)', '@octocat', '"#64;octocat"'],
    ['backslash', 'a\\b', '"a#92;b"'],
    ["Mermaid's own entity placeholders", 'ﬂ°°60¶ß', '"#64258;°°60#182;ß"'],
    ['colon next to "style" (Mermaid strips the last ; of such lines)', 'style:#x;', '"style#58;#35;x;"'],
    ['colon elsewhere is left readable', 'ghcr.io:443/app:1', '"ghcr.io:443/app:1"'],
  ])('%s', (_name, input, expected) => {
    expect(quoteLabel(input)).toBe(expected);
    expect(decodeMermaidEntities(expected.slice(1, -1))).toBe(input);
  });
});

/**
 * Text crafted to break out of a label. Each is tried as a raw node label (any characters) and, where
 * Dockerfile syntax allows it, through a real Dockerfile as a stage name, an image, a --from value.
 */
const ATTACKS: { name: string; text: string }[] = [
  { name: 'Markdown fence break', text: '```\n# heading\n```' },
  { name: 'Markdown link and emphasis', text: '[click](javascript:alert(1)) **bold** _it_' },
  { name: 'HTML img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'HTML script', text: '<script>alert(document.cookie)</script>' },
  { name: 'HTML entity smuggling', text: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { name: 'Mermaid entity smuggling', text: '#lt;script#gt;alert(1)#lt;/script#gt;' },
  { name: 'Mermaid placeholder smuggling', text: 'ﬂ°lt¶ßscriptﬂ°gt¶ß' },
  { name: 'init directive', text: '%%{init: {"securityLevel": "loose", "theme": "dark"}}%%' },
  { name: 'comment', text: '%% hidden' },
  { name: 'quote break + click callback', text: 'x"]\n  click s0 call alert(1)\n  s9["y' },
  { name: 'quote break + click href', text: 'x"] ; click s0 href "javascript:alert(1)" ; s9["y' },
  { name: 'classDef injection', text: 'x"]\nclassDef default fill:#f00,color:#fff\ns9["' },
  { name: 'style injection', text: 'x"]\nstyle s0 fill:#f00\ns9["' },
  { name: 'style-like label', text: 'style:#f00;' },
  { name: 'linkStyle injection', text: 'x"]\nlinkStyle default stroke:#f00\ns9["' },
  { name: 'class shorthand', text: 'x:::target' },
  { name: 'shape syntax', text: '])((/\\{{>' },
  { name: 'edge syntax', text: '-->|x| s1 -. y .-> s2 === s3' },
  { name: 'mention', text: '@octocat and @github/security-team' },
  { name: 'keyword end', text: 'end' },
  { name: 'letters Mermaid reads as arrow heads', text: 'o' },
  { name: 'x after a link', text: 'x' },
  { name: 'subgraph keyword', text: 'subgraph evil' },
  { name: 'bidi override', text: 'safe\u202Eevil\u202C' },
  { name: 'carriage return and NUL', text: 'a\rb\u0000c' },
  { name: 'semicolons and backslashes', text: 'a;b\\";c' },
  { name: 'very long', text: 'A'.repeat(5000) },
];

/** The only lines `renderMermaid` writes, once the quoted labels are taken out. */
const STATEMENT_SHAPES = [
  /^flowchart (LR|TB)$/,
  /^ {2}[sicn]\w*(\[""\]|\[\/""\/\])$/,
  /^ {2}\w+ (-->|-\. "" \.->) \w+$/,
  /^ {2}classDef (ext|ctx|target|dead|added|removed|changed) [\w:#,.\- ]+$/,
  /^ {2}class [\w,]+ (ext|ctx|target|dead|added|removed|changed)$/,
  /^ {2}linkStyle [\d,]+ [\w:#,.\- ]+$/,
];
const SAFE_LABEL = /^(?:[^"#&<>`[\]{}|%@\\\r\n\u0000]|#\w+;)*$/;

function checkInert(text: string, nodes: GraphNode[]): void {
  const labels = [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  for (const label of labels) expect(label, 'label characters').toMatch(SAFE_LABEL);
  for (const line of text.trimEnd().split('\n')) {
    const shape = line.replace(/"[^"]*"/g, '""');
    expect(STATEMENT_SHAPES.some((re) => re.test(shape)), `statement: ${line}`).toBe(true);
  }
  // Every node's label comes back exactly as displayed: escaped, not dropped or altered.
  for (const node of nodes) {
    const line = text.split('\n').find((l) => l.startsWith(`  ${node.id}[`))!;
    const quoted = /"([^"]*)"/.exec(line)![1]!;
    expect(decodeMermaidEntities(quoted)).toBe(displayLabel(node));
  }
}

function graphWithLabel(label: string): StageGraph {
  return {
    nodes: [
      { id: 's0', key: 'stage:0', kind: 'stage', label, target: true, dead: false, change: null, stage: { index: 0, name: label, id: label.toLowerCase() } },
      { id: 'i0', key: 'image:x', kind: 'image', label, target: false, dead: false, change: 'changed', previousLabel: label },
      { id: 'c0', key: 'context:x', kind: 'context', label, target: false, dead: true, change: null },
    ],
    edges: [
      { from: 'i0', to: 's0', kind: 'from', change: 'changed' },
      { from: 'c0', to: 's0', kind: 'mount', mountType: label, change: 'added' },
    ],
    notes: [],
  };
}

describe('hostile text renders as inert text', () => {
  it.each(ATTACKS.map((a) => [a.name, a.text] as const))('as a raw label: %s', async (_name, attack) => {
    const graph = graphWithLabel(attack);
    const { text } = renderMermaid(graph);
    expect(text.split('\n').filter((l) => l.trim() !== '')).toHaveLength(1 + 3 + 2 + 5 + 5 + 2);
    checkInert(text, graph.nodes);
    await expectValidMermaid(text);
  });

  /** Words that fit where Dockerfile syntax puts a single word (no white space). */
  const WORDS = ATTACKS.map((a) => ({ name: a.name, word: a.text.replace(/[\s\u0000]+/g, '') })).filter((a) => a.word !== '');

  it.each(WORDS.map((a) => [a.name, a.word] as const))('through a Dockerfile: %s', async (_name, word) => {
    const dockerfile = [
      `FROM ${word} AS ${word}`,
      `FROM alpine AS ok`,
      `COPY --from=${word} /a /a`,
      `RUN --mount=type=bind,from=${word}x,target=/m --mount=type=${word},from=ok,target=/n true`,
      `FROM \${${word}}`,
      `COPY --from=ok /b /b`,
      '',
    ].join('\n');
    const graph = buildStageGraph(model(dockerfile));
    const { text } = renderMermaid(graph);
    checkInert(text, graph.nodes);
    await expectValidMermaid(text);
    expect(text).not.toContain('@');
  });

  it.each(ATTACKS.map((a) => [a.name, a.text] as const))('in DOT: %s', (_name, attack) => {
    const graph = graphWithLabel(attack);
    const dot = renderDot(graph);
    const lines = dot.trimEnd().split('\n');
    expect(lines).toHaveLength(4 + 3 + 2 + 1);
    for (const line of lines.slice(4, -1)) {
      expect(line.replace(/"(?:[^"\\]|\\.)*"/g, '""'), line).toMatch(/^ {2}\w+( -> \w+)? \[\w+=""(, \w+="")*\];$/);
    }
    const labels = [...dot.matchAll(/label="((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
    expect(labels.slice(0, 3)).toEqual(graph.nodes.map(displayLabel));
  });
});

/** A Dockerfile with `count` stages, each FROM its own image, copying from and mounting earlier stages. */
function wideDockerfile(count: number, nameLength = 8): string {
  const name = (i: number): string => `s${i}-`.padEnd(nameLength, 'x');
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`FROM registry.example.com/team/image-${i}:1.0 AS ${name(i)}`);
    if (i > 0) lines.push(`COPY --from=${name(i - 1)} /a /a`);
    if (i > 1) lines.push(`RUN --mount=type=cache,from=${name(i - 2)},target=/c true`);
  }
  return lines.join('\n') + '\n';
}

describe('the budget', () => {
  it('mermaid itself refuses more than 500 edges, which is why the budget exists', async () => {
    const graph = buildStageGraph(model(wideDockerfile(200)));
    expect(graph.edges.length).toBeGreaterThan(500);
    const unlimited = renderMermaid(graph, { budget: { maxEdges: Infinity, maxTextLength: Infinity } });
    expect(await mermaidParseError(unlimited.text)).toMatch(/Edge limit exceeded/);
  });

  it.each([
    {
      name: 'within GitHub limits nothing is collapsed',
      stages: 100,
      budget: GITHUB_MERMAID_BUDGET,
      notes: [],
    },
    {
      name: 'over 500 edges: mounts go first',
      stages: 200,
      budget: GITHUB_MERMAID_BUDGET,
      notes: ['198 RUN --mount edges are left out to fit GitHub\'s diagram limits.'],
    },
    {
      name: 'over 500 edges even without mounts: COPY edges go too (grouping images saves text, not edges)',
      stages: 300,
      budget: GITHUB_MERMAID_BUDGET,
      notes: [
        '298 RUN --mount edges are left out to fit GitHub\'s diagram limits.',
        '300 external images are drawn as one node to fit GitHub\'s diagram limits.',
        '299 COPY --from edges are left out to fit GitHub\'s diagram limits.',
      ],
    },
    {
      name: 'a text budget that grouping images meets',
      stages: 40,
      budget: { maxEdges: 500, maxTextLength: 3000 },
      notes: ['38 RUN --mount edges are left out to fit GitHub\'s diagram limits.', '40 external images are drawn as one node to fit GitHub\'s diagram limits.'],
    },
    {
      name: 'a tight text budget: then COPY edges',
      stages: 40,
      budget: { maxEdges: 500, maxTextLength: 1500 },
      notes: [
        '38 RUN --mount edges are left out to fit GitHub\'s diagram limits.',
        '40 external images are drawn as one node to fit GitHub\'s diagram limits.',
        '39 COPY --from edges are left out to fit GitHub\'s diagram limits.',
      ],
    },
    {
      name: 'nothing fits: one node that says so',
      stages: 40,
      budget: { maxEdges: 10, maxTextLength: 400 },
      notes: [
        'The graph (40 stages, 117 dependencies) is too large for GitHub to draw even without mounts, images and unused stages; run `stagecraft graph --format dot` to see it.',
      ],
    },
  ])('$name', async ({ stages, budget, notes }) => {
    const rendering = renderMermaid(buildStageGraph(model(wideDockerfile(stages))), { budget });
    expect(rendering.notes).toEqual(notes);
    expect(rendering.text.length).toBeLessThanOrEqual(budget.maxTextLength);
    expect(rendering.text.match(/-->|\.->/g)?.length ?? 0).toBeLessThanOrEqual(budget.maxEdges);
    await expectValidMermaid(rendering.text);
  });

  it('long names: the 50,000-character limit is kept', async () => {
    const rendering = renderMermaid(buildStageGraph(model(wideDockerfile(450, 60))));
    expect(rendering.text.length).toBeLessThanOrEqual(50_000);
    expect(rendering.notes.length).toBeGreaterThan(0);
    await expectValidMermaid(rendering.text);
  });

  it('unused stages are dropped before COPY edges', () => {
    const dockerfile = `${wideDockerfile(30)}FROM alpine AS final\nCOPY --from=s29-xxxx /a /a\n` + Array.from({ length: 30 }, (_, i) => `FROM alpine AS dead${i}\nCOPY --from=s0-xxxxx /a /a\n`).join('');
    const rendering = renderMermaid(buildStageGraph(model(dockerfile), { target: 'final' }), { budget: { maxEdges: 500, maxTextLength: 2600 } });
    expect(rendering.notes.at(-1)).toBe("30 stages the target does not need left out to fit GitHub's diagram limits.");
    expect(rendering.text).not.toContain('dead0');
  });

  it('notes carry no user text', () => {
    const rendering = renderMermaid(buildStageGraph(model(wideDockerfile(40).replaceAll('s0-xxxxx', '@evil<b>'))), { budget: { maxEdges: 10, maxTextLength: 400 } });
    for (const note of rendering.notes) expect(note).not.toMatch(/[@<>]/);
  });
});
