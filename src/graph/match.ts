import type { Dockerfile, Stage } from '../dockerfile/types.js';

/** Which stage of the base version became which stage of the head version. */
export interface StageMatching {
  /** Base stage index → head stage index. */
  baseToHead: Map<number, number>;
  /** Head indexes of matched stages whose name changed (an unnamed stage that gained a name counts). */
  renamed: Set<number>;
}

/**
 * Two stages whose bodies share less than this are different stages, whatever their position: a rename
 * is only claimed when the content shows it.
 */
export const RENAME_SIMILARITY = 0.6;

/**
 * Matches stages in four passes, most certain first:
 * 1. the same name (names are what `--from` and `--target` use, so a stage that keeps its name is it);
 * 2. unnamed stages in order, when they build from the same image repository or stage;
 * 3. renames: a leftover stage on each side with the same base and a body at least RENAME_SIMILARITY
 *    alike, when no other leftover is as close (ties are left unmatched rather than guessed);
 * 4. the remaining unnamed stages by position, so `FROM node:18` → `FROM node:20` is one changed stage.
 */
export function matchStages(base: Dockerfile, head: Dockerfile): StageMatching {
  const baseToHead = new Map<number, number>();
  const matchedHead = new Set<number>();
  const pair = (b: Stage, h: Stage): void => {
    baseToHead.set(b.index, h.index);
    matchedHead.add(h.index);
  };
  const leftoverBase = (): Stage[] => base.stages.filter((s) => !baseToHead.has(s.index));
  const leftoverHead = (): Stage[] => head.stages.filter((s) => !matchedHead.has(s.index));

  for (const h of head.stages) {
    if (h.name === null) continue;
    const b = leftoverBase().find((s) => s.name !== null && s.id === h.id);
    if (b) pair(b, h);
  }

  const sameBase = (b: Stage, h: Stage): boolean => baseSignature(b, baseToHead) === baseSignature(h, null);

  let searchFrom = 0;
  for (const h of leftoverHead().filter((s) => s.name === null)) {
    const candidates = leftoverBase().filter((s) => s.name === null && s.index >= searchFrom);
    const b = candidates.find((s) => sameBase(s, h));
    if (b) {
      pair(b, h);
      searchFrom = b.index + 1;
    }
  }

  // A renamed stage's children are only comparable once it is matched: repeat until nothing new pairs.
  while (matchRenames(leftoverBase(), leftoverHead(), sameBase, pair) > 0);

  const unnamedBase = leftoverBase().filter((s) => s.name === null);
  const unnamedHead = leftoverHead().filter((s) => s.name === null);
  for (let i = 0; i < Math.min(unnamedBase.length, unnamedHead.length); i++) pair(unnamedBase[i]!, unnamedHead[i]!);

  const renamed = new Set<number>();
  for (const [b, h] of baseToHead) {
    if ((base.stages[b]!.name?.toLowerCase() ?? null) !== (head.stages[h]!.name?.toLowerCase() ?? null)) renamed.add(h);
  }
  return { baseToHead, renamed };
}

function matchRenames(
  leftoverBase: Stage[],
  leftoverHead: Stage[],
  sameBase: (b: Stage, h: Stage) => boolean,
  pair: (b: Stage, h: Stage) => void,
): number {
  const scored: { b: Stage; h: Stage; score: number }[] = [];
  for (const b of leftoverBase) {
    for (const h of leftoverHead) {
      if (!sameBase(b, h)) continue;
      const score = bodySimilarity(b, h);
      if (score >= RENAME_SIMILARITY) scored.push({ b, h, score });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  const pairedBase = new Set<Stage>();
  const pairedHead = new Set<Stage>();
  for (const candidate of scored) {
    if (pairedBase.has(candidate.b) || pairedHead.has(candidate.h)) continue;
    const rival = scored.some(
      (other) => other !== candidate && other.score === candidate.score && (other.b === candidate.b || other.h === candidate.h),
    );
    if (rival) continue;
    pair(candidate.b, candidate.h);
    pairedBase.add(candidate.b);
    pairedHead.add(candidate.h);
  }
  return pairedBase.size;
}

/**
 * What a stage builds from, comparable across versions: the image repository without tag (a tag bump
 * keeps the stage the same stage), or the parent stage in head numbering (`mapping` translates base
 * indexes; a parent not matched yet cannot equal any head stage).
 */
function baseSignature(stage: Stage, mapping: Map<number, number> | null): string {
  const from = stage.base;
  switch (from.kind) {
    case 'scratch':
      return 'scratch';
    case 'stage': {
      if (!mapping) return `stage:${from.stage}`;
      const head = mapping.get(from.stage);
      return head === undefined ? `unmatched:${from.stage}` : `stage:${head}`;
    }
    case 'image':
      return from.image ? `image:${from.image.familiar}` : `raw:${from.raw}`;
  }
}

/** Dice coefficient over the stages' instructions (keyword and arguments, white space squeezed). */
function bodySimilarity(a: Stage, b: Stage): number {
  const lines = (s: Stage): string[] => s.instructions.map((i) => `${i.keyword} ${i.args.replace(/\s+/g, ' ')}`);
  const left = lines(a);
  const right = lines(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const line of left) counts.set(line, (counts.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of right) {
    const n = counts.get(line) ?? 0;
    if (n > 0) {
      common++;
      counts.set(line, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}
