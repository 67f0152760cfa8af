import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from '../../src/action/outputs.js';
import { INPUT_NAMES } from '../../src/inputs.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
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

  it('declares exactly the outputs the run sets, each described', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description.length, name).toBeGreaterThan(20);
  });

  it('defaults the token to the job token and the comment to the bot it posts as', () => {
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs['comment-author']!.default).toBe('github-actions[bot]');
    expect(action.inputs['comment-key']!.default).toBe('default');
    expect(action.inputs['fail-on-scope']!.default).toBe('new');
    // Empty: the event decides (true on pull requests and merge groups).
    expect(action.inputs['changed-only']!.default).toBe('');
  });

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });
});
