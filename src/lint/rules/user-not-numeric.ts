import { instructionToCheck, expandWord, scopeLookup, type Dockerfile, type Instruction } from '../../dockerfile/index.js';
import { flagValues, runCommands, unwrap } from '../../shell/index.js';
import type { Rule } from '../types.js';

/** The user part of `USER name[:group]`, variables resolved; null when a variable has no value we can see. */
function userPart(ins: Instruction, escapeChar: string): string | null {
  const raw = ins.args.trim();
  if (raw === '') return null;
  const exp = expandWord(raw, scopeLookup(ins.scope), { escapeChar });
  if (exp.error || exp.unmatched.size > 0) return null;
  return exp.result.split(':')[0]!;
}

/** The uid an earlier `useradd -u 1000 app` / `adduser -u 1000 app` gave the user, to put in the message. */
function createdUid(df: Dockerfile, user: string, before: Instruction): { uid: string; line: number } | null {
  let found: { uid: string; line: number } | null = null;
  for (const ins of df.instructions) {
    if (ins === before) break;
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of runCommands(ins).map(unwrap)) {
      if (cmd.base !== 'useradd' && cmd.base !== 'adduser') continue;
      if (cmd.args[cmd.args.length - 1]?.value !== user) continue;
      const uid = [...flagValues(cmd, 'u'), ...flagValues(cmd, 'uid')].find((v) => /^\d+$/.test(v));
      if (uid) found = { uid, line: ins.line };
    }
  }
  return found;
}

/**
 * Users that need no numeric id: `root` is uid 0 on every system, and Windows containers run as the
 * built-in accounts `ContainerUser` / `ContainerAdministrator`, which have no uid at all.
 */
function needsNoUid(name: string): boolean {
  return name === 'root' || /^container(user|administrator)$/i.test(name);
}

/**
 * Whether the USER is the one the stage ends with. An earlier USER only decides who runs the next RUNs,
 * inside the image, where `/etc/passwd` resolves the name; the host and the orchestrator only ever see
 * the last one.
 */
function isLastUser(ins: Instruction, df: Dockerfile): boolean {
  const siblings = ins.stage >= 0 ? df.stages[ins.stage]!.instructions : df.preamble;
  return !siblings.some((other) => other.keyword === 'USER' && other.line > ins.line);
}

export const userNotNumeric: Rule = {
  id: 'user-not-numeric',
  title: 'Non-numeric user-id may not be resolvable by host system',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3066'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const user = instructionToCheck(ins);
      if (user.keyword !== 'USER') continue;
      if (!ins.trigger && !isLastUser(ins, df)) continue;
      const name = userPart(user, df.escapeChar);
      if (name === null || name === '' || /^\d+$/.test(name) || needsNoUid(name)) continue;
      const created = createdUid(df, name, ins);
      const fix = created
        ? `Use its numeric id: \`USER ${created.uid}\` (the uid line ${created.line} gives \`${name}\`)`
        : 'Use the numeric id, e.g. `USER 10001:10001`';
      ctx.reportAt(
        ins,
        `Non-numeric user-id may not be resolvable by host system: \`USER ${user.args.trim()}\` names the user \`${name}\`, ` +
          `which the host and Kubernetes' runAsNonRoot check cannot map to a uid. ${fix}`,
      );
    }
  },
};
