import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/files/lint-files.js';
import { findRule } from '../../src/lint/registry.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function lintProject(files: Record<string, string>, rule: string): Promise<number[]> {
  const root = mkdtempSync(join(tmpdir(), 'stagecraft-pkg-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const report = await lintFiles([join(root, 'web/Dockerfile')], { root, rules: [findRule(rule)!] });
  return report.files.flatMap((f) => f.findings.filter((x) => x.rule === rule).map((x) => x.line));
}

const dockerfile = 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["npm", "start"]\n';

describe('the build context package.json reaches the rules', () => {
  it('read from the context folder: no devDependencies, no dev-dependencies-shipped finding', async () => {
    expect(await lintProject({ 'web/Dockerfile': dockerfile, 'web/package.json': '{"scripts":{"start":"node index.js"}}' }, 'dev-dependencies-shipped')).toEqual([]);
  });
  it('a start script running next dev is dev-server-in-image', async () => {
    expect(await lintProject({ 'web/Dockerfile': dockerfile, 'web/package.json': '{"scripts":{"start":"next dev"},"devDependencies":{"eslint":"9"}}' }, 'dev-server-in-image')).toEqual([6]);
  });
  it('no package.json: the rules judge the Dockerfile alone', async () => {
    expect(await lintProject({ 'web/Dockerfile': dockerfile }, 'dev-dependencies-shipped')).toEqual([4]);
  });
  it('a broken package.json says nothing', async () => {
    expect(await lintProject({ 'web/Dockerfile': dockerfile, 'web/package.json': '{ not json' }, 'dev-dependencies-shipped')).toEqual([4]);
  });
});
