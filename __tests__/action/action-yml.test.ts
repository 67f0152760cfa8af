import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/inputs.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action: ActionYml = parse(readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8'));

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, each described and optional', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(input.required, name).toBe(false);
    }
  });

  it('leaves fail-on empty by default so a configuration file can set it', () => {
    expect(action.inputs['fail-on']!.default).toBe('');
  });

  it('declares the outputs the run sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'findings', 'report', 'sarif']);
  });

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });
});
