import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

function build(entry: string, out: string, extra: string[] = []): void {
  execFileSync(ncc, ['build', entry, '-o', out, '--quiet', ...extra], { cwd: root, stdio: 'pipe' });
}

function filesIn(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (name.isFile()) out[name.name] = readFileSync(join(dir, name.name), 'utf8');
  }
  return out;
}

// The action runs dist/, not src/: a commit whose dist/ lags its source ships old code.
describe('dist/ is the build of the committed source', () => {
  const out = mkdtempSync(join(tmpdir(), 'stagecraft-dist-'));

  it('the action bundle matches', () => {
    build('src/index.ts', join(out, 'action'), ['--license', 'licenses.txt']);
    const built = filesIn(join(out, 'action'));
    const committed = filesIn(join(root, 'dist'));
    expect(Object.keys(built).sort()).toEqual(Object.keys(committed).sort());
    for (const [name, content] of Object.entries(built)) expect(content === committed[name], `dist/${name} differs: run npm run build`).toBe(true);
  });

  it('the CLI bundle matches and does not carry @actions/*', () => {
    build('src/cli/index.ts', join(out, 'cli'));
    const built = filesIn(join(out, 'cli'));
    const committed = filesIn(join(root, 'dist', 'cli'));
    expect(Object.keys(built).sort()).toEqual(Object.keys(committed).sort());
    for (const [name, content] of Object.entries(built)) expect(content === committed[name], `dist/cli/${name} differs: run npm run build`).toBe(true);
    expect(committed['index.js']).not.toMatch(/@actions\/(core|github|exec)/);
  });

  it('the lint worker bundle matches, and carries neither @actions/* nor the build readers', () => {
    build('src/lint-worker-entry.ts', join(out, 'lint-worker'));
    const built = filesIn(join(out, 'lint-worker'));
    const committed = filesIn(join(root, 'dist', 'lint-worker'));
    expect(Object.keys(built).sort()).toEqual(Object.keys(committed).sort());
    for (const [name, content] of Object.entries(built)) expect(content === committed[name], `dist/lint-worker/${name} differs: run npm run build`).toBe(true);
    expect(committed['index.js']).not.toMatch(/@actions\/(core|github|exec)/);
    // The HCL parser's WASM is for build discovery, which stays in the main thread.
    expect(Object.keys(committed)).not.toContain('main.wasm.gz');
  });

  it('the CLI bundle runs', () => {
    const version = execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), '--version'], { encoding: 'utf8' });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(version.trim()).toBe(pkg.version);
    const rules = JSON.parse(execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), 'rules', '--format', 'json'], { encoding: 'utf8' }));
    expect(rules.rules.length).toBeGreaterThan(0);
  });
}, 120_000);
