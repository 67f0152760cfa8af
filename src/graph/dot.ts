import { displayLabel, plainText } from './labels.js';
import type { Change, GraphEdge, GraphNode, StageGraph } from './types.js';

/**
 * The graph in Graphviz DOT (`stagecraft graph --format dot | dot -Tsvg`), with the same shapes and
 * colours as the Mermaid rendering. No size budget: Graphviz draws large graphs, which is why the Mermaid
 * notes point here when they collapse one.
 */
export function renderDot(graph: StageGraph): string {
  const lines = [
    'digraph stages {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const node of graph.nodes) lines.push(`  ${node.id} [${attributes(nodeAttributes(node))}];`);
  for (const edge of graph.edges) {
    const attrs = edgeAttributes(edge);
    lines.push(`  ${edge.from} -> ${edge.to}${attrs.length > 0 ? ` [${attributes(attrs)}]` : ''};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

const CHANGE_COLOURS: Partial<Record<Change, { fill: string; stroke: string }>> = {
  added: { fill: '#dafbe1', stroke: '#1a7f37' },
  removed: { fill: '#ffebe9', stroke: '#cf222e' },
  changed: { fill: '#fff8c5', stroke: '#9a6700' },
};

type Attribute = [name: string, value: string];

function nodeAttributes(node: GraphNode): Attribute[] {
  const attrs: Attribute[] = [['label', displayLabel(node)]];
  const styles: string[] = [];
  if (node.kind === 'context') attrs.push(['shape', 'parallelogram']);
  if (node.kind !== 'stage') styles.push('dashed');
  if (node.target) attrs.push(['penwidth', '3']);
  const colours = node.change ? CHANGE_COLOURS[node.change] : undefined;
  if (colours) {
    styles.push('filled');
    attrs.push(['fillcolor', colours.fill], ['color', colours.stroke]);
  } else if (node.dead) {
    styles.push('filled');
    attrs.push(['fillcolor', '#f6f8fa'], ['color', '#8c959f'], ['fontcolor', '#6e7781']);
  }
  if (styles.length > 0) attrs.push(['style', styles.join(',')]);
  return attrs;
}

function edgeAttributes(edge: GraphEdge): Attribute[] {
  const attrs: Attribute[] = [];
  if (edge.kind === 'copy') attrs.push(['label', 'COPY --from'], ['style', 'dashed']);
  if (edge.kind === 'mount') attrs.push(['label', plainText(`${edge.mountType ?? 'bind'} mount`)], ['style', 'dashed']);
  const colours = edge.change ? CHANGE_COLOURS[edge.change] : undefined;
  if (colours) attrs.push(['color', colours.stroke], ['penwidth', '2']);
  return attrs;
}

function attributes(attrs: Attribute[]): string {
  return attrs.map(([name, value]) => `${name}=${quoteDot(value)}`).join(', ');
}

/**
 * A DOT double-quoted string. Only `"` and `\` are special inside one, but Graphviz also reads
 * backslash escapes (`\n`, `\l`, `\N`) in labels, so every backslash is doubled. Labels are one line
 * already (see `plainText`), so no newline can end the statement.
 */
export function quoteDot(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}
