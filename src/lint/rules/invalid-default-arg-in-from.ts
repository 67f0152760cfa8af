import { expandWord, parseImageRef, type Dockerfile, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { fromArguments } from '../variables.js';

/** One finding: the first FROM some arguments break, and the later FROMs the same arguments break. */
interface Broken {
  from: Instruction;
  /** The image as written: `node:$NODE_TAG`. */
  raw: string;
  /** What the FROM expands to with the defaults, and why that is not an image reference. */
  result: string;
  reason: string;
  /** The arguments to blame. */
  args: string[];
  alsoAt: number[];
}

/**
 * The arguments that make a FROM invalid: those with no default, or an empty one. When every argument
 * has a non-empty default, a default itself is wrong (`ARG REGISTRY="my registry"`): all of them.
 */
function culprits(df: Dockerfile, names: string[], values: ReadonlyMap<string, string>): string[] {
  const unset = names.filter((n) => (values.get(n) ?? '') === '' && df.globalArgs.some((a) => a.name === n));
  return unset.length > 0 ? unset : names;
}

/**
 * How to say an argument is required on purpose. BuildKit reads `check=skip=` for this check only as the
 * file's directive, so that comes first; the comment above the ARG is Stagecraft's (see `suppressibleAt`).
 */
function howToRequire(args: string[]): string {
  const decl = args.map((n) => `\`ARG ${n}\``).join(', ');
  return (
    `If every build must pass ${args.map((n) => `\`--build-arg ${n}=…\``).join(' and ')} on purpose, say so: ` +
    `\`# check=skip=InvalidDefaultArgInFrom\` as the file's first line, \`# stagecraft ignore=InvalidDefaultArgInFrom\` above ${decl}, ` +
    'or `ignore: [InvalidDefaultArgInFrom]` in `.stagecraft.yml`'
  );
}

export const invalidDefaultArgInFrom: Rule = {
  id: 'invalid-default-arg-in-from',
  title: 'Default value for global ARG results in an empty or invalid base image name',
  severity: 'warning',
  scope: 'all',
  aliases: ['InvalidDefaultArgInFrom'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const { values, broken } = fromArguments(df);
    // BuildKit gives up on this check when the defaults themselves cannot be expanded.
    if (broken) return;
    const findings: Broken[] = [];
    // BuildKit reports every FROM; one missing default that breaks five FROMs is one thing to fix, so
    // the FROMs broken by the same arguments are one finding, on the first of them.
    const byArgs = new Map<string, Broken>();
    for (const stage of df.stages) {
      const expansion = expandWord(stage.base.raw, { get: (name) => values.get(name) }, { escapeChar: df.escapeChar });
      if (expansion.error) return;
      const parsed = parseImageRef(expansion.result);
      if (parsed.ok) continue;
      const names = [...expansion.matched, ...expansion.unmatched];
      // Without variables no default is to blame: the build fails whatever the arguments (a parse-error).
      if (names.length === 0) continue;
      const args = culprits(df, names, values);
      const key = [...args].sort().join(' ');
      const earlier = byArgs.get(key);
      if (earlier) {
        earlier.alsoAt.push(stage.from.line);
        continue;
      }
      const finding: Broken = { from: stage.from, raw: stage.base.raw, result: expansion.result, reason: parsed.error, args, alsoAt: [] };
      byArgs.set(key, finding);
      findings.push(finding);
    }

    for (const { from, raw, result, reason, args, alsoAt } of findings) {
      const message = `Default value for ARG ${raw} results in empty or invalid base image name: `;
      const declared = df.globalArgs.filter((a) => args.includes(a.name)).map((a) => a.line);
      const also = alsoAt.length > 0 ? `; the same argument${args.length > 1 ? 's break' : ' breaks'} the FROM on line${alsoAt.length > 1 ? 's' : ''} ${alsoAt.join(', ')}` : '';
      ctx.report({
        message:
          `${message}with the defaults it is ${JSON.stringify(result)} (${reason})${also}. ` +
          `Give ${args.map((n) => `\`ARG ${n}\``).join(', ')} a default that makes a valid image reference. ${howToRequire(args)}`,
        line: from.line,
        endLine: from.endLine,
        column: from.column,
        stage: from.stage,
        // A comment above the ARG speaks for every FROM that uses it; so does one above a later FROM.
        suppressibleAt: [...declared, ...alsoAt],
      });
    }
  },
};
