import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { ScopeMap } from '../../src/dockerfile/scope-map.js';

const entries = (map: ReadonlyMap<string, unknown>) => [...map];

describe('ScopeMap', () => {
  it('reads like the Map each version would be when copied', () => {
    const a = ScopeMap.empty<string | null>().with([['A', '1'], ['B', null]]);
    const b = a.with([['A', '2'], ['C', '3'], ['C', '4']]);
    const c = b.with([]);
    expect(entries(a)).toEqual([['A', '1'], ['B', null]]);
    expect(entries(b)).toEqual([['A', '2'], ['B', null], ['C', '4']]);
    expect(entries(c)).toEqual(entries(b));
    expect([a.size, b.size, c.size]).toEqual([2, 3, 3]);
    expect([a.get('A'), a.has('C'), a.get('C'), b.has('B'), b.get('B')]).toEqual(['1', false, undefined, true, null]);
    expect([...b.keys()]).toEqual(['A', 'B', 'C']);
    expect([...b.values()]).toEqual(['2', null, '4']);
    const seen: string[] = [];
    b.forEach((value, key, map) => seen.push(`${key}=${value}:${map === b}`));
    expect(seen).toEqual(['A=2:true', 'B=null:true', 'C=4:true']);
  });

  it('a second map built on an older version forks: neither sees the other', () => {
    const base = ScopeMap.empty<string>().with([['X', 'base']]);
    const left = base.with([['X', 'left'], ['L', '1']]);
    const right = base.with([['X', 'right'], ['R', '1']]);
    const leftAgain = left.with([['L', '2']]);
    expect(entries(base)).toEqual([['X', 'base']]);
    expect(entries(left)).toEqual([['X', 'left'], ['L', '1']]);
    expect(entries(right)).toEqual([['X', 'right'], ['R', '1']]);
    expect(entries(leftAgain)).toEqual([['X', 'left'], ['L', '2']]);
    expect([left.size, right.size, leftAgain.size]).toEqual([2, 2, 2]);
  });

  it('reads old versions of a long history', () => {
    let map = ScopeMap.empty<number>();
    const versions: ScopeMap<number>[] = [];
    for (let i = 0; i < 100; i++) versions.push((map = map.with([['N', i], [`K${i % 7}`, i]])));
    versions.forEach((v, i) => {
      expect(v.get('N')).toBe(i);
      expect(v.get(`K${i % 7}`)).toBe(i);
      expect(v.size).toBe(1 + Math.min(i + 1, 7));
    });
  });
});

describe('the model is linear in the number of instructions', () => {
  // Counts the values the scopes store rather than timing them (the bench times the model): copying each
  // scope, as the model once did, stores 200 million values for 20,000 ENV lines.
  const N = 20_000;
  const writesFor = (text: string) => {
    const before = ScopeMap.writes;
    const df = parseDockerfile(text, { path: 'Dockerfile' });
    return { df, writes: ScopeMap.writes - before };
  };

  it.each([
    ['ENV lines, each using the last', `FROM alpine\n${Array.from({ length: N }, (_, i) => `ENV V${i}=$V${i - 1}x`).join('\n')}\nRUN echo $V1\n`, N],
    ['ARG + RUN pairs', `FROM alpine\n${Array.from({ length: N }, (_, i) => `ARG A${i}=1\nRUN echo $A${i}`).join('\n')}\n`, N],
    ['key=value pairs on one ENV', `FROM alpine\nENV ${Array.from({ length: N }, (_, i) => `K${i}=v`).join(' ')}\n`, N],
    ['global ARGs redeclared in the stage', `${Array.from({ length: N }, (_, i) => `ARG G${i}=1`).join('\n')}\nFROM alpine\n${Array.from({ length: N }, (_, i) => `ARG G${i}`).join('\n')}\n`, N],
    ['stages built FROM the one before, each with an ENV', `FROM alpine AS s0\n${Array.from({ length: N }, (_, i) => `FROM s${i} AS s${i + 1}\nENV E${i}=1`).join('\n')}\n`, N],
  ])('%s: one stored value per variable set', (_name, text, sets) => {
    expect(writesFor(text).writes).toBe(sets);
  });

  it('values stay right at the end of a long file', () => {
    const { df } = writesFor(`FROM alpine\n${Array.from({ length: N }, (_, i) => `ENV V${i}=$V${i - 1}x`).join('\n')}\nRUN echo $V1\n`);
    const run = df.instructions[df.instructions.length - 1]!;
    expect(run.scope.env.size).toBe(N);
    // `$V0x` names the unset variable V0x: kept as written.
    expect(run.scope.env.get(`V${N - 1}`)).toBe(`$V${N - 2}x`);
    expect(df.instructions[1]!.scope.env.size).toBe(0);
    expect(df.instructions[3]!.scope.env.get('V0')).toBe('$V-1x');
  });

  it('stages built FROM one stage each copy its variables once, and no more', () => {
    const { df, writes } = writesFor(`FROM alpine AS base\nENV A=1 B=2\n${Array.from({ length: 100 }, (_, i) => `FROM base AS c${i}\nENV C=${i}`).join('\n')}\n`);
    // The first child extends base's history; each of the other 99 copies A and B, then sets C.
    expect(writes).toBe(2 + 1 + 99 * 3);
    expect(df.stages[100]!.final.env.get('C')).toBe('99');
    expect(df.stages[1]!.final.env.get('C')).toBe('0');
    expect([...df.stages[0]!.final.env]).toEqual([['A', '1'], ['B', '2']]);
  });
});
