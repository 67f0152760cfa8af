import { parseWords, unquote, type Instruction, type Stage } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { chainOf, copySpec, instructionsOf, lacksShell, rootBase } from '../image/index.js';

/** A COPY or ADD that may bring a shell along: a whole root filesystem, a busybox, an archive. */
function mayAddShell(stage: Stage, ins: Instruction): boolean {
  const spec = copySpec(stage, ins);
  if (!spec) return false;
  const dest = spec.dest.replace(/\/+$/, '');
  if (dest === '' || dest === '/bin' || dest === '/usr/bin' || dest === '/busybox') return true;
  return spec.sources.some((src) => {
    const name = src.replace(/\/+$/, '').slice(src.replace(/\/+$/, '').lastIndexOf('/') + 1);
    return /^(sh|bash|ash|dash|busybox|bin)$/.test(name) || (ins.keyword === 'ADD' && /\.(tar(\.\w+)?|tgz|txz|tbz2?)$/.test(name));
  });
}

/** The shell-form part of a HEALTHCHECK (`HEALTHCHECK --interval=5s CMD curl …`), or null. */
function healthcheckShellCommand(ins: Instruction): string | null {
  const m = /^\s*CMD\s+([\s\S]*)$/i.exec(ins.args);
  if (!m) return null;
  const rest = m[1]!.trim();
  return rest.startsWith('[') ? null : rest;
}

/** `./server --port 80` → `["./server", "--port", "80"]` when the command uses no shell features. */
function execFormOf(command: string): string | null {
  if (/[$`|&;<>*?(){}~]|\\\n/.test(command)) return null;
  const words = parseWords(command).map((w) => unquote(w));
  return words.length > 0 ? JSON.stringify(words).replace(/","/g, '", "') : null;
}

export const noShellInFinalStage: Rule = {
  id: 'no-shell-in-final-stage',
  title: 'A shell-form instruction in a stage without a shell (scratch, distroless)',
  severity: 'error',
  scope: 'reachable',
  aliases: [],
  checkStage(stage, ctx) {
    const df = ctx.dockerfile;
    const base = rootBase(df, stage);
    if (!lacksShell(base)) return;
    const chain = chainOf(df, stage);
    // A SHELL instruction points at a shell the author put there; copies may bring one along.
    if (instructionsOf(chain).some((i) => i.keyword === 'SHELL')) return;
    if (chain.some((s) => s.instructions.some((i) => mayAddShell(s, i)))) return;
    const baseName = base.kind === 'scratch' ? '`scratch`' : `\`${base.raw}\``;
    // Only the last CMD, ENTRYPOINT and HEALTHCHECK of the image take effect; a shell-form CMD after
    // an exec-form ENTRYPOINT is passed to it as arguments, not run by a shell.
    const shipped = ctx.shipped.has(stage.index);
    const effective = new Set<Instruction>();
    if (shipped && ctx.target) {
      const image = instructionsOf(chainOf(df, ctx.target));
      for (const keyword of ['CMD', 'ENTRYPOINT', 'HEALTHCHECK']) {
        const last = image.filter((i) => i.keyword === keyword).pop();
        if (last) effective.add(last);
      }
      const entrypoint = image.filter((i) => i.keyword === 'ENTRYPOINT').pop();
      if (entrypoint?.execForm) for (const i of [...effective]) if (i.keyword === 'CMD') effective.delete(i);
    }
    for (const ins of stage.instructions) {
      if (ins.keyword === 'RUN' && !ins.execForm) {
        ctx.reportAt(ins, `\`RUN\` in shell form runs \`/bin/sh -c\`, and this stage is built on ${baseName}, which has no shell: the build fails here. Use the exec form (\`RUN ["/path/to/binary", "arg"]\`) or do this work in a stage that has a shell and copy the result.`);
        continue;
      }
      if (!effective.has(ins)) continue;
      let command: string | null = null;
      if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && !ins.execForm && ins.args.trim() !== '') command = ins.args.trim();
      if (ins.keyword === 'HEALTHCHECK') command = healthcheckShellCommand(ins);
      if (command === null) continue;
      const exec = execFormOf(command);
      const keyword = ins.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : ins.keyword;
      const fix = exec ? `write \`${keyword} ${exec}\`` : 'move the shell logic into the program, or base the image on one with a shell';
      const when = ins.keyword === 'HEALTHCHECK' ? 'every health check fails' : 'the container fails to start';
      ctx.reportAt(ins, `\`${keyword} ${command}\` is in shell form, which runs \`/bin/sh -c\` — ${baseName} has no shell, so ${when}: ${fix}.`);
    }
  },
};
