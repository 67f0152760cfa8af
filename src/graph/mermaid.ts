import { fitToBudget, GITHUB_MERMAID_BUDGET, type GraphBudget } from './budget.js';
import { displayLabel, plainText } from './labels.js';
import type { Change, GraphEdge, GraphNode, StageGraph } from './types.js';

export interface MermaidOptions {
  /** `LR` (default) reads like a pipeline; `TB` suits long chains. */
  direction?: 'LR' | 'TB';
  /** Limits the output must fit; GitHub's by default. */
  budget?: GraphBudget;
}

export interface MermaidRendering {
  /** A `flowchart` diagram, without the Markdown fence. */
  text: string;
  /** Sentences to print under the diagram: the graph's notes, and what was collapsed to fit the budget. */
  notes: string[];
  /** One line of fixed text (safe in Markdown) explaining the shapes and colours used; empty when none are. */
  legend: string;
}

/**
 * The graph as a Mermaid flowchart GitHub renders. User text only ever appears inside quoted labels,
 * entity-escaped; node ids are the graph's generated ids; styling goes through `classDef`/`class` and
 * `linkStyle` lines written here. A graph too large for the budget is collapsed (see `fitToBudget`).
 */
export function renderMermaid(graph: StageGraph, options: MermaidOptions = {}): MermaidRendering {
  const budget = options.budget ?? GITHUB_MERMAID_BUDGET;
  const direction = options.direction ?? 'LR';
  const fitted = fitToBudget(graph, (g) => g.edges.length <= budget.maxEdges && mermaidText(g, direction).length <= budget.maxTextLength);
  return { text: mermaidText(fitted, direction), notes: fitted.notes, legend: mermaidLegend(fitted) };
}

/** Class name → style. Fills are light and text dark on purpose, so they read in GitHub's dark theme too. */
const CLASS_STYLES = {
  ext: 'stroke-dasharray: 4 3',
  ctx: 'stroke-dasharray: 2 2',
  target: 'stroke-width:3px',
  dead: 'fill:#f6f8fa,stroke:#8c959f,color:#6e7781',
  added: 'fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  removed: 'fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  changed: 'fill:#fff8c5,stroke:#9a6700,color:#1f2328',
} as const;
type MermaidClass = keyof typeof CLASS_STYLES;

const LINK_STYLES: Partial<Record<Change, string>> = {
  added: 'stroke:#1a7f37,stroke-width:2px',
  removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:3 3',
  changed: 'stroke:#9a6700,stroke-width:2px',
};

function mermaidText(graph: StageGraph, direction: 'LR' | 'TB'): string {
  const lines = [`flowchart ${direction}`];
  if (graph.nodes.length === 0) {
    lines.push('  n0["no build stages"]');
    return lines.join('\n') + '\n';
  }
  const classMembers = new Map<MermaidClass, string[]>();
  for (const node of graph.nodes) {
    lines.push(`  ${node.id}${shape(node, quoteLabel(displayLabel(node)))}`);
    for (const cls of classesOf(node)) (classMembers.get(cls) ?? classMembers.set(cls, []).get(cls)!).push(node.id);
  }
  for (const edge of graph.edges) lines.push(`  ${edge.from} ${link(edge)} ${edge.to}`);
  // Declared in CLASS_STYLES order: later classes win, so a diff colour beats grey and dashes.
  for (const cls of Object.keys(CLASS_STYLES) as MermaidClass[]) {
    if (classMembers.has(cls)) lines.push(`  classDef ${cls} ${CLASS_STYLES[cls]}`);
  }
  for (const [cls, ids] of classMembers) lines.push(`  class ${ids.join(',')} ${cls}`);
  const edgesByChange = new Map<string, number[]>();
  graph.edges.forEach((edge, index) => {
    const style = edge.change ? LINK_STYLES[edge.change] : undefined;
    if (style) (edgesByChange.get(style) ?? edgesByChange.set(style, []).get(style)!).push(index);
  });
  for (const [style, indexes] of edgesByChange) lines.push(`  linkStyle ${indexes.join(',')} ${style}`);
  return lines.join('\n') + '\n';
}

function shape(node: GraphNode, label: string): string {
  // A parallelogram sets contexts and unresolved references apart from images without relying on colour.
  return node.kind === 'context' ? `[/${label}/]` : `[${label}]`;
}

function classesOf(node: GraphNode): MermaidClass[] {
  const classes: MermaidClass[] = [];
  if (node.kind === 'image') classes.push('ext');
  if (node.kind === 'context') classes.push('ctx');
  if (node.target) classes.push('target');
  if (node.dead && node.change !== 'removed') classes.push('dead');
  if (node.change === 'added' || node.change === 'removed' || node.change === 'changed') classes.push(node.change);
  return classes;
}

/** FROM is a solid arrow; COPY --from and mounts are dotted and say what they are. */
function link(edge: GraphEdge): string {
  switch (edge.kind) {
    case 'from':
      return '-->';
    case 'copy':
      return '-. "COPY --from" .->';
    case 'mount':
      return `-. ${quoteLabel(plainText(`${edge.mountType ?? 'bind'} mount`))} .->`;
  }
}

/**
 * Characters replaced by Mermaid entity codes (`#name;` / `#NN;`, which Mermaid turns back into the
 * character after parsing), so that no label can end its quotes, start Markdown (backticks), HTML,
 * a directive or comment (`%%`), shape or link syntax, fake an entity of ours, or mention anyone.
 * `¶` and `ﬂ` are the placeholder characters Mermaid itself swaps entities for while parsing.
 */
const MERMAID_ESCAPES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
  '%': '#37;',
  '@': '#64;',
  '\\': '#92;',
  '¶': '#182;',
  'ﬂ': '#64258;',
};
const MERMAID_SPECIAL = /["#&<>`[\]{}|%@\\¶ﬂ]/g;

/**
 * A label in double quotes, entity-escaped. The text must already be one line (see `plainText`).
 * Mermaid drops the last character of any line matching /style.*:\S*#.*;/ (its own pre-parse fix for
 * `style` statements), which would eat the `;` of an entity in a label like "style:#x"; escaping `:` in
 * such labels keeps that pattern from ever matching a label line.
 */
export function quoteLabel(text: string): string {
  let escaped = text.replace(MERMAID_SPECIAL, (ch) => MERMAID_ESCAPES[ch]!);
  if (/style|classDef/.test(text)) escaped = escaped.replace(/:/g, '#58;');
  return `"${escaped}"`;
}

const LEGEND_ITEMS: { present: (graph: StageGraph) => boolean; text: string }[] = [
  { present: (g) => g.nodes.some((n) => n.kind === 'image'), text: 'dashed box: external image' },
  { present: (g) => g.nodes.some((n) => n.kind === 'context'), text: 'slanted box: build context or unresolved reference' },
  { present: (g) => g.nodes.filter((n) => n.target).length === 1, text: 'thick border: the build target' },
  { present: (g) => g.nodes.filter((n) => n.target).length > 1, text: 'thick border: the build targets' },
  { present: (g) => g.nodes.some((n) => n.dead && n.change !== 'removed'), text: 'grey: not needed for the target' },
  { present: (g) => g.edges.some((e) => e.kind === 'from'), text: 'solid arrow: FROM' },
  { present: (g) => g.edges.some((e) => e.kind !== 'from'), text: 'dotted arrow: COPY --from or RUN --mount' },
  { present: (g) => hasChange(g, 'added'), text: '🟩 added' },
  { present: (g) => hasChange(g, 'removed'), text: '🟥 removed' },
  { present: (g) => hasChange(g, 'changed'), text: '🟨 changed' },
];

/** The legend for what this graph shows: fixed text only, so it can go into Markdown as it is. */
export function mermaidLegend(graph: StageGraph): string {
  const items = LEGEND_ITEMS.filter((item) => item.present(graph)).map((item) => item.text);
  return items.length === 0 ? '' : `Legend: ${items.join(' · ')}`;
}

function hasChange(graph: StageGraph, change: Change): boolean {
  return graph.nodes.some((n) => n.change === change) || graph.edges.some((e) => e.change === change);
}
