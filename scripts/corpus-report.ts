/**
 * `npm run corpus [-- --rule ID [--sample N] [--seed S]]`: lints the corpus of real Dockerfiles
 * (`STAGECRAFT_CORPUS`, default /tmp/stagecraft-corpus/public) and prints the findings per rule — the
 * numbers behind each rule's noise review. With `--rule`, prints a random sample of that rule's findings
 * with the line they point at, for reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles } from '../src/files/lint-files.js';
import { findRule, RULES } from '../src/lint/registry.js';

const { values } = parseArgs({ options: { rule: { type: 'string' }, sample: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' } } });
const corpus = process.env.STAGECRAFT_CORPUS ?? '/tmp/stagecraft-corpus/public';
let names: string[];
try {
  names = readdirSync(corpus).filter((n) => !n.endsWith('.json')).sort();
} catch {
  process.stdout.write(`corpus: no corpus at ${corpus}; set STAGECRAFT_CORPUS (see ../shared/corpus/README.md). Skipped.\n`);
  process.exit(0);
}

const report = await lintFiles(
  names.map((n) => join(corpus, n)),
  { root: corpus, displayPath: (p) => p.slice(corpus.length + 1) },
);
for (const notice of report.notices ?? []) process.stderr.write(`corpus: ${notice}\n`);

if (values.rule) {
  const rule = findRule(values.rule);
  if (!rule) throw new Error(`no rule ${values.rule}`);
  const found = report.files.flatMap((f) => f.findings.filter((x) => x.rule === rule.id).map((x) => ({ path: f.path, f: x })));
  // A seeded shuffle: the same sample on every run, so a review can be repeated.
  let state = Number(values.seed) || 1;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const sample = [...found].sort(() => random() - 0.5).slice(0, Number(values.sample));
  process.stdout.write(`${rule.id}: ${found.length} findings in ${new Set(found.map((x) => x.path)).size} files; ${sample.length} shown\n\n`);
  for (const { path, f } of sample) {
    const line = readFileSync(join(corpus, path), 'utf8').split(/\r?\n/)[f.line - 1] ?? '';
    process.stdout.write(`${path}:${f.line} ${f.severity}\n  ${f.message}\n  | ${line.trim().slice(0, 160)}\n\n`);
  }
} else {
  const perRule = new Map<string, { findings: number; files: Set<string> }>();
  for (const file of report.files) {
    for (const f of file.findings) {
      const entry = perRule.get(f.rule) ?? { findings: 0, files: new Set<string>() };
      entry.findings++;
      entry.files.add(file.path);
      perRule.set(f.rule, entry);
    }
  }
  const ids = [...RULES.map((r) => r.id), ...[...perRule.keys()].filter((id) => !findRule(id))];
  const width = Math.max(...ids.map((id) => id.length));
  process.stdout.write(`${report.files.length} files, ${report.files.reduce((n, f) => n + f.findings.length, 0)} findings\n\n`);
  process.stdout.write(`${'rule'.padEnd(width)}  findings  files\n`);
  for (const id of ids) {
    const entry = perRule.get(id);
    const off = findRule(id)?.off || findRule(id)?.experimental ? ' (off by default)' : '';
    process.stdout.write(`${id.padEnd(width)}  ${String(entry?.findings ?? 0).padStart(8)}  ${String(entry?.files.size ?? 0).padStart(5)}${off}\n`);
  }
}
