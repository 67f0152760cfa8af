import type { Dockerfile, Instruction } from '../../dockerfile/index.js';
import { closestNameIgnoringCase, isOneTypoApart } from '../suggest.js';
import type { Rule } from '../types.js';
import { stripQuotes } from './shared/copy-args.js';

/** A `--from` value that can only be an image (`node:20`, `ghcr.io/org/tool`, `x@sha256:…`): stage names have none of these. */
function isImageReference(value: string): boolean {
  return /[:/@]/.test(value);
}

/**
 * The earlier stage the writer most likely meant: BuildKit's edit-distance hint (stage names compared in
 * lower case, as BuildKit matches them), else the one stage name that has the value as a `-`/`_`/`.`
 * separated part — `set` for `license-set`, a shortening edit distance cannot see.
 */
function intendedStage(value: string, names: readonly string[]): string | null {
  const byDistance = closestNameIgnoringCase(value, names);
  if (byDistance !== null) return byDistance;
  const wanted = value.toLowerCase();
  if (wanted.length < 3) return null;
  const containing = names.filter((n) => n.toLowerCase().split(/[-_.]/).includes(wanted));
  return containing.length === 1 ? containing[0]! : null;
}

interface Problem {
  message: string;
  /** Whether the build certainly fails, not just possibly (see `isTypoOf`). */
  breaksBuild: boolean;
}

/**
 * A name one typo away from a stage's (`biulder` for `builder`), with no registry, tag or digest: BuildKit
 * takes it for `docker.io/library/<name>:latest`, which nobody publishes, and the pull fails.
 */
function isTypoOf(value: string, stageName: string): boolean {
  return isOneTypoApart(value.toLowerCase(), stageName.toLowerCase());
}

/** What `--from` names, as far as the stages defined so far can tell; null when it is fine or unknowable. */
function problem(df: Dockerfile, ins: Instruction, value: string): Problem | null {
  const stageIndex = ins.stage;
  const earlier = df.stages.slice(0, Math.max(0, stageIndex));
  let resolved = value;
  if (stageIndex >= 0) {
    const dep = df.stages[stageIndex]!.dependencies.find((d) => d.instruction === ins && d.kind === 'copy');
    const source = dep?.source;
    if (!source || source.kind === 'unknown' || source.kind === 'context') return null;
    // Its own stage is copy-from-own-stage's finding.
    if (source.kind === 'stage' && source.stage <= stageIndex) return null;
    if (source.kind === 'image') resolved = source.raw;
  } else if (value.includes('$')) {
    return null;
  }
  if (isImageReference(resolved)) return null;

  const via = resolved !== value ? ` (\`${value}\` resolves to \`${resolved}\`)` : '';
  const warn = (message: string): Problem => ({ message, breaksBuild: false });
  if (/^\d+$/.test(resolved)) {
    return warn(`there is no stage ${resolved} before this one${via}: stages are numbered from 0 in the order they are defined`);
  }
  const lower = resolved.toLowerCase();
  const later = df.stages.find((s) => s.index > stageIndex && s.id === lower);
  if (later) {
    return warn(`stage \`${later.name}\`${via} is defined after this line (line ${later.from.line}): move that stage above this one`);
  }
  const names = earlier.map((s) => s.name).filter((n): n is string => n !== null);
  const guess = intendedStage(resolved, names);
  if (guess && isTypoOf(resolved, guess)) {
    return {
      message: `no stage is named \`${resolved}\`${via} — did you mean \`${guess}\`? As written, the build fails pulling \`docker.io/library/${lower}\``,
      breaksBuild: true,
    };
  }
  if (guess) return warn(`no stage is named \`${resolved}\`${via} — did you mean \`${guess}\`?`);
  return warn(
    `no stage is named \`${resolved}\`${via}, so unless the build passes \`--build-context ${resolved}=<dir>\`, ` +
      `BuildKit pulls an image called \`${resolved}\`. Define the stage above this one, or give the image its tag (\`--from=${resolved}:<version>\`)`,
  );
}

export const copyFromUndefinedStage: Rule = {
  id: 'copy-from-undefined-stage',
  title: '`COPY --from` should reference a previously defined `FROM` alias',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3022'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      if (ins.keyword !== 'COPY') continue;
      const flag = ins.flags.find((f) => f.name === 'from');
      if (!flag?.value) continue;
      const found = problem(df, ins, stripQuotes(flag.value));
      if (!found) continue;
      ctx.reportAt(ins, `\`COPY --from\` should reference a previously defined \`FROM\` alias: ${found.message}`, found.breaksBuild ? 'error' : undefined);
    }
  },
};
