import { instructionToCheck, expandWord, scopeLookup, type Dockerfile, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { isWindowsAbsolute, stripQuotes } from './shared/copy-args.js';
import { isFirstWorkdirOfBuild } from './workdir-relative-path.js';

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || isWindowsAbsolute(path);
}

/**
 * The path a WORKDIR names, variables resolved when the stage's ARG/ENV define them all; null when a
 * variable stays unknown (hadolint trusts `WORKDIR $DIR`, and so do we unless we can see its value).
 */
function writtenPath(ins: Instruction, escapeChar: string): string | null {
  const raw = ins.args.trim();
  const exp = expandWord(raw, scopeLookup(ins.scope), { escapeChar });
  if (exp.error) {
    // `"C:\"`: the escape swallows the closing quote; read it as hadolint does, quotes dropped.
    const stripped = stripQuotes(raw);
    return stripped.includes('$') ? null : stripped;
  }
  return exp.unmatched.size > 0 ? null : exp.result;
}

/** The absolute WORKDIR in effect just before `ins` in its stage, when the Dockerfile determines it. */
function workdirBefore(df: Dockerfile, ins: Instruction): string | null {
  const stage = df.stages[ins.stage];
  if (!stage) return null;
  let dir = stage.initial.workdir;
  for (const other of stage.instructions) {
    if (other === ins) break;
    if (other.keyword !== 'WORKDIR') continue;
    const path = writtenPath(other, df.escapeChar);
    if (path === null) dir = null;
    else if (isAbsolute(path)) dir = path;
    else if (dir !== null) dir = `${dir.replace(/\/+$/, '')}/${path}`;
  }
  return dir;
}

export const workdirPathNotAbsolute: Rule = {
  id: 'workdir-path-not-absolute',
  title: 'Use absolute WORKDIR',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3000'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const workdir = instructionToCheck(ins);
      if (workdir.keyword !== 'WORKDIR' || workdir.args.trim() === '') continue;
      // workdir-relative-path (BuildKit's check, which carries DL3000 too) judges this one.
      if (isFirstWorkdirOfBuild(df, ins)) continue;
      const path = writtenPath(workdir, df.escapeChar);
      if (path === null || path === '' || isAbsolute(path)) continue;
      const shown = workdir.args.trim();
      const resolved = shown.includes('$') ? ` (\`${path}\`)` : '';
      const before = ins.trigger ? null : workdirBefore(df, ins);
      const fix = before !== null ? `write \`WORKDIR ${before.replace(/\/+$/, '')}/${path.replace(/^\.\//, '')}\`` : 'write the absolute path you mean';
      ctx.reportAt(
        ins,
        `Use absolute WORKDIR: \`${shown}\`${resolved} is resolved against whatever working directory comes before it, which a base image can change; ${fix}`,
      );
    }
  },
};
