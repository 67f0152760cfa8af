import type { RuleNameMeaning } from '../registry/names.js';
import type { Suppression } from '../suppressions.js';
import type { FindingInput, Rule } from '../types.js';
import { shellcheck } from './shellcheck.js';

/** A suppression code no finding matched, with what its name refers to (null: `check=skip=all`). */
export interface IdleSuppression {
  suppression: Suppression;
  meaning: RuleNameMeaning | null;
}

/**
 * Whether a code that silenced nothing here is worth reporting. Not ShellCheck's codes, nor the
 * `shellcheck` rule: ShellCheck may be missing on this machine and present in CI, and its findings change
 * with its release. Not BuildKit checks only the build runs, nor unknown names (those are warned about
 * already), nor this rule's own id.
 */
function isReportable(idle: IdleSuppression): boolean {
  const { meaning } = idle;
  if (meaning === null || meaning.kind === 'retired') return true;
  return meaning.kind === 'rule' && meaning.rule.id !== shellcheck.id && meaning.rule.id !== unusedSuppression.id;
}

function where(s: Suppression): string {
  if (s.covers === null) return 'in this file';
  if (s.covers.line === s.covers.endLine) return `on line ${s.covers.line}`;
  return `on lines ${s.covers.line}–${s.covers.endLine}`;
}

/**
 * One finding per comment (or directive) for the codes in it that silenced nothing: the engine, which
 * applies suppressions, collects them once every other rule has run and hands them over as this rule's
 * external findings.
 */
export function idleSuppressionFindings(idle: readonly IdleSuppression[]): FindingInput[] {
  const byLine = new Map<number, IdleSuppression[]>();
  for (const entry of idle.filter(isReportable)) {
    const line = entry.suppression.line;
    (byLine.get(line) ?? byLine.set(line, []).get(line)!).push(entry);
  }
  return [...byLine.entries()].map(([line, entries]) => {
    const first = entries[0]!.suppression;
    const codes = entries.map((e) => `\`${e.suppression.written}\``).join(', ');
    const one = entries.length === 1;
    const retired = entries.filter((e) => e.meaning?.kind === 'retired').map((e) => e.suppression.written);
    const why = retired.length > 0 ? ` (hadolint removed ${retired.join(', ')})` : '';
    return {
      line,
      message:
        `Suppression that suppresses nothing: ${codes} in \`${first.form}\` ${one ? 'silences' : 'silence'} no finding ${where(first)}${why}. ` +
        `Remove ${one ? 'it' : 'them'}, so the comment does not hide a future finding nobody meant to accept`,
    };
  });
}

export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  title: 'Suppressions should suppress something',
  severity: 'info',
  scope: 'all',
  aliases: [],
  off: true,
  checkFile(ctx) {
    for (const finding of ctx.externalFindings(unusedSuppression.id)) ctx.report(finding);
  },
};
