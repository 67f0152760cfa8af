import { referencedVariables, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

interface SelfReference {
  /** The key whose value uses the variable. */
  user: string;
  /** The variable defined in the same ENV. */
  variable: string;
}

/**
 * Variables an ENV both defines and uses in another of its pairs. All values of one ENV are expanded
 * with the environment from before it, so such a use sees the old value (or nothing), not the new one.
 * Using a variable in its own pair (`PATH=/x:$PATH`) is the normal way to extend it.
 */
function selfReferences(ins: Instruction, definedBefore: (name: string) => boolean, escapeChar: string): SelfReference[] {
  // Which pairs use each name, read once per pair (an ENV can hold thousands of pairs).
  const users = new Map<string, number[]>();
  ins.pairs.forEach((pair, index) => {
    if (pair.rawValue === null) return;
    for (const name of new Set(referencedVariables(pair.rawValue, escapeChar))) (users.get(name) ?? users.set(name, []).get(name)!).push(index);
  });
  const out: SelfReference[] = [];
  ins.pairs.forEach((pair, index) => {
    if (definedBefore(pair.key)) return;
    for (const user of users.get(pair.key) ?? []) if (user !== index) out.push({ user: ins.pairs[user]!.key, variable: pair.key });
  });
  return out;
}

export const envSelfReference: Rule = {
  id: 'env-self-reference',
  title: 'Do not refer to an environment variable within the same `ENV` statement where it is defined',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3044'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    // Before the first FROM the model keeps no scope; remember what earlier fragments defined.
    const preambleNames = new Set<string>();
    for (const ins of df.instructions) {
      if (ins.stage < 0 && (ins.keyword === 'ARG' || ins.keyword === 'ENV')) {
        if (ins.keyword === 'ENV') check(ins, (name) => preambleNames.has(name));
        for (const pair of ins.pairs) preambleNames.add(pair.key);
        continue;
      }
      if (ins.keyword === 'ENV') check(ins, (name) => ins.scope.env.has(name) || ins.scope.args.has(name));
    }

    function check(ins: Instruction, definedBefore: (name: string) => boolean): void {
      const found = selfReferences(ins, definedBefore, df.escapeChar);
      const first = found[0];
      if (!first) return;
      ctx.reportAt(
        ins,
        'Do not refer to an environment variable within the same `ENV` statement where it is defined: ' +
          `\`${first.user}\` uses \`$${first.variable}\`, but the \`${first.variable}\` set here is not visible until the next instruction, ` +
          `so \`${first.user}\` gets the old (empty) value. Set \`${first.variable}\` in an \`ENV\` of its own first`,
      );
    }
  },
};
