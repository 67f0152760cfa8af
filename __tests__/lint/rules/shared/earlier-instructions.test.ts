import { describe, expect, it } from 'vitest';
import { parseDockerfile, type Dockerfile, type Instruction } from '../../../../src/dockerfile/index.js';
import { someEarlier } from '../../../../src/lint/rules/shared/package-managers.js';

/** What someEarlier answers, the slow way: every instruction before `ins` in its stage, then every one of the stages it is built FROM. */
function oracle(df: Dockerfile, ins: Instruction, test: (i: Instruction) => boolean): boolean {
  const own = ins.stage < 0 ? df.preamble : df.stages[ins.stage]!.instructions;
  if (own.slice(0, own.indexOf(ins)).some(test)) return true;
  const seen = new Set<number>();
  let stage = ins.stage >= 0 ? df.stages[ins.stage] : undefined;
  while (stage && stage.base.kind === 'stage' && !seen.has(stage.index)) {
    seen.add(stage.index);
    stage = df.stages[stage.base.stage];
    if (!stage) break;
    if (stage.instructions.some(test)) return true;
  }
  return false;
}

const marked = (ins: Instruction) => ins.keyword === 'RUN' && ins.args.includes('mark');

describe('someEarlier: whether an instruction before this one in its image passes a test', () => {
  it.each([
    ['in the stage, before', 'FROM a\nRUN mark\nRUN x\n', true],
    ['in the stage, after only', 'FROM a\nRUN x\nRUN mark\n', false],
    ['in the stage built FROM', 'FROM a AS base\nRUN mark\nFROM base\nRUN x\n', true],
    ['two stages up the chain', 'FROM a AS one\nRUN mark\nFROM one AS two\nRUN y\nFROM two\nRUN x\n', true],
    ['in an unrelated stage', 'FROM a AS other\nRUN mark\nFROM b\nRUN x\n', false],
    ['only in a later stage built FROM this one', 'FROM a AS base\nRUN x\nFROM base\nRUN mark\n', false],
    ['before any FROM: not in the image', 'ARG V=1\nRUN mark\nARG W\nFROM a\nRUN x\n', false],
    ['chains sharing a base: the other branch', 'FROM a AS base\nRUN y\nFROM base AS left\nRUN mark\nFROM base AS right\nRUN x\nFROM left\nRUN x\nFROM right\nRUN x\n', false],
    ['chains sharing a base: this branch', 'FROM a AS base\nRUN y\nFROM base AS left\nRUN mark\nFROM base AS right\nRUN x\nFROM right\nRUN x\nFROM left\nRUN x\n', true],
  ])('%s: as the instruction-by-instruction answer', (_, text, last) => {
    const df = parseDockerfile(text, { path: 'Dockerfile' });
    const all = [...df.preamble, ...df.stages.flatMap((s) => s.instructions)];
    expect(all.map((ins) => someEarlier(df, ins, marked))).toEqual(all.map((ins) => oracle(df, ins, marked)));
    expect(someEarlier(df, all[all.length - 1]!, marked)).toBe(last);
  });

  it('asked for each of 20,000 RUNs, tests each instruction about twice, not once per earlier one', () => {
    const df = parseDockerfile(`FROM a AS base\n${'RUN x\n'.repeat(10_000)}FROM base\n${'RUN y\n'.repeat(10_000)}`, { path: 'Dockerfile' });
    let calls = 0;
    const counted = (ins: Instruction) => {
      calls++;
      return ins.args === 'never';
    };
    const runs = df.stages.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN'));
    expect(runs.filter((ins) => someEarlier(df, ins, counted))).toEqual([]);
    expect(calls).toBeLessThanOrEqual(2 * (runs.length + df.stages.length));
  });
});
