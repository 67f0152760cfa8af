/**
 * `npm run corpus [-- --rule ID [--sample N] [--seed S]]`: lints the corpus of real Dockerfiles
 * (`STAGECRAFT_CORPUS`, default /tmp/stagecraft-corpus/public) and prints the findings per rule — the
 * numbers behind each rule's noise review. With `--rule`, prints a random sample of that rule's findings
 * with the line they point at, for reading.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// Each file is linted under its path in its repository (`0414/src/frontend/Dockerfile`, from the corpus's
// index.json), so that rules judging where a Dockerfile lives (a test fixture, `Dockerfile.dev`) see what
// they would in the repository, not the flattened file name.
const index = existsSync(join(corpus, 'index.json'))
  ? (JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8')) as { file: string; repo: string; path: string }[])
  : [];
const entryOf = new Map(index.map((e) => [e.file, e] as const));
const fileOf = new Map<string, string>();
const shown = (name: string): string => {
  const entry = entryOf.get(name);
  const display = entry ? `${name.slice(0, name.indexOf('_'))}/${entry.path}` : name;
  fileOf.set(display, name);
  return display;
};
const report = await lintFiles(
  names.map((n) => join(corpus, n)),
  { root: corpus, displayPath: (p) => shown(p.slice(corpus.length + 1)) },
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
    const file = fileOf.get(path) ?? path;
    const line = readFileSync(join(corpus, file), 'utf8').split(/\r?\n/)[f.line - 1] ?? '';
    const repo = entryOf.get(file)?.repo;
    process.stdout.write(`${path}:${f.line} ${f.severity}${repo ? ` (${repo})` : ''}\n  ${f.message}\n  | ${line.trim().slice(0, 160)}\n\n`);
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
