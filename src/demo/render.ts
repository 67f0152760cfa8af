import { formatByteDelta, formatBytes, formatPercent } from '../docker/units.js';
import type { VariantResult } from '../docker/types.js';
import { imageJson } from '../report/json.js';
import type { Finding, Severity } from '../lint/types.js';
import { compareVersions, type DemoExample, type DemoSize, type RuleFindings } from './compare.js';

/** Styles the renderer asks for; `painter(color)` from report/text.ts provides them. */
export type DemoStyle = 'red' | 'yellow' | 'blue' | 'gray' | 'bold' | 'dim' | 'cyan' | 'green';
export type Paint = (style: DemoStyle, text: string) => string;

export const plainPaint: Paint = (_style, text) => text;

const SEVERITY_STYLE: Record<Severity, DemoStyle> = { error: 'red', warning: 'yellow', info: 'blue', style: 'gray' };

/** Control characters from a file would repaint the terminal: show them escaped. */
function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function findingLines(group: RuleFindings, paint: Paint): string[] {
  const out = [`    ${paint('bold', group.rule)}`];
  for (const f of group.findings) {
    const where = paint('dim', `line ${f.line}`.padEnd(8));
    out.push(`      ${where} ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7))} ${safe(f.message)}`);
  }
  return out;
}

/** The three groups; `in` says which file the listed lines belong to. */
const GROUPS = [
  { key: 'fixed', heading: 'fixed by the rewrite', style: 'green', empty: 'nothing', in: 'single' },
  { key: 'still', heading: 'still in the rewrite', style: 'yellow', empty: 'nothing: the rewrite is clean', in: 'multi' },
  { key: 'introduced', heading: 'new in the rewrite', style: 'red', empty: 'nothing', in: 'multi' },
] as const;

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function count(groups: readonly RuleFindings[]): number {
  return groups.reduce((n, g) => n + g.findings.length, 0);
}

function variantText(label: string, variant: VariantResult): string {
  if (variant.status === 'built') return `${label} ${formatBytes(variant.image.bytes)} (${plural(variant.image.layers.length, 'layer')})`;
  if (variant.status === 'failed') return `${label} did not build (${variant.failure.reason})`;
  return `${label} —`;
}

/** One line: both images' sizes and what the rewrite saved, or why there are none. */
export function sizeLine(size: DemoSize, paint: Paint = plainPaint): string {
  const label = paint('dim', 'image size:');
  if (size.status === 'skipped') return `  ${label} not compared: ${safe(size.reason)}`;
  const { image } = size;
  const delta = image.delta ? ` → ${paint(image.delta.bytes <= 0 ? 'green' : 'red', `${formatByteDelta(image.delta.bytes)}${image.delta.percent !== null ? ` (${formatPercent(image.delta.percent)})` : ''}`)}` : '';
  const offline = image.base.status === 'failed' || image.head.status === 'failed' ? paint('dim', ` (built with --network ${safe(size.network)})`) : '';
  return `  ${label} ${safe(variantText('single stage', image.base))}, ${safe(variantText('multi-stage', image.head))}${delta}${offline}`;
}

/**
 * The demo as text: for each example, its two Dockerfiles and the findings grouped by what the
 * rewrite did to them — fixed, still there, new — rule by rule, with each finding's message.
 */
export function renderDemoText(examples: readonly DemoExample[], paint: Paint = plainPaint, sizeNote: string | null = null): string {
  const out: string[] = [];
  let fixed = 0;
  let still = 0;
  let introduced = 0;
  for (const example of examples) {
    const comparison = compareVersions(example.single.findings, example.multi.findings);
    fixed += count(comparison.fixed);
    still += count(comparison.still);
    introduced += count(comparison.introduced);
    out.push(paint('bold', `${example.name}${example.title ? ` — ${safe(example.title)}` : ''}`));
    out.push(`  ${paint('dim', 'single stage:')} ${safe(example.single.path)} (${plural(example.single.findings.length, 'finding')})`);
    out.push(`  ${paint('dim', 'multi-stage: ')} ${safe(example.multi.path)} (${plural(example.multi.findings.length, 'finding')})`);
    for (const group of GROUPS) {
      const rules = comparison[group.key];
      out.push('');
      const file = fileName(example[group.in].path);
      out.push(`  ${paint(group.style, group.heading)} ${paint('dim', `(${plural(count(rules), 'finding')}${rules.length > 0 ? `, lines of ${file}` : ''})`)}`);
      if (rules.length === 0) out.push(`    ${paint('dim', group.empty)}`);
      for (const ruleGroup of rules) out.push(...findingLines(ruleGroup, paint));
    }
    if (example.size) out.push('', sizeLine(example.size, paint));
    out.push('');
  }
  out.push(
    paint(
      'bold',
      `${plural(examples.length, 'example')}: ${plural(fixed, 'finding')} fixed by the rewrites, ${still} still there, ${introduced} new`,
    ),
  );
  if (sizeNote !== null) out.push(paint('dim', safe(sizeNote)));
  return out.join('\n') + '\n';
}

function jsonFinding(f: Finding) {
  return { rule: f.rule, severity: f.severity, line: f.line, message: f.message, stage: f.stage };
}

/** The demo as JSON: each example's findings per version and the rule-by-rule comparison. */
export function renderDemoJson(examples: readonly DemoExample[], sizeNote: string | null = null): string {
  const value = {
    ...(sizeNote !== null ? { sizeNote } : {}),
    examples: examples.map((e) => {
      const c = compareVersions(e.single.findings, e.multi.findings);
      const groups = (g: readonly RuleFindings[]) => g.map((r) => ({ rule: r.rule, findings: r.findings.map(jsonFinding) }));
      return {
        name: e.name,
        title: e.title,
        single: { path: e.single.path, findings: e.single.findings.map(jsonFinding) },
        multi: { path: e.multi.path, findings: e.multi.findings.map(jsonFinding) },
        fixed: groups(c.fixed),
        still: groups(c.still),
        introduced: groups(c.introduced),
        ...(e.size ? { size: e.size.status === 'compared' ? { status: 'compared', network: e.size.network, ...imageJson(e.size.image) } : e.size } : {}),
      };
    }),
  };
  return JSON.stringify(value, null, 2) + '\n';
}
