import type { Finding, FindingInput, RelatedLine } from './types.js';

/**
 * A finding once config and suppressions judged it: `shown` is null when a suppression in the file
 * silenced it (findings that config switched off are not entries at all: for them the rule is off).
 */
export interface JudgedFinding {
  input: FindingInput;
  finding: Finding;
  shown: Finding | null;
  /** Indexes of the target stages being judged when the rule reported it (-1: no target). */
  targets: ReadonlySet<number>;
}

/**
 * One problem, one finding. A finding that is `partOf` another rule's finding — on the line it names, or
 * about the same target image — is not reported apart when that finding exists: a shown primary carries
 * it as a related line (unless the finding itself was suppressed), and a suppressed primary silences it
 * too (the two share one fix, so accepting one accepts both). When the rule reports no such finding the
 * part is reported on its own, unless it is only worth saying as a part.
 */
export function carryRelated(judged: readonly JudgedFinding[]): Finding[] {
  const byRule = new Map<string, JudgedFinding[]>();
  for (const j of judged) byRule.set(j.finding.rule, [...(byRule.get(j.finding.rule) ?? []), j]);
  const carried = new Map<JudgedFinding, RelatedLine[]>();
  const parts = new Set<JudgedFinding>();
  for (const part of judged) {
    const partOf = part.input.partOf;
    if (!partOf) continue;
    const primary = (byRule.get(partOf.rule) ?? [])
      .filter((p) => p !== part && !p.input.partOf)
      .find((p) =>
        partOf.line === undefined ? [...p.targets].some((t) => part.targets.has(t)) : partOf.line >= p.finding.line && partOf.line <= p.finding.endLine,
      );
    if (!primary) {
      if (partOf.onlyAsRelated) parts.add(part);
      continue;
    }
    parts.add(part);
    if (!primary.shown || !part.shown) continue;
    const lines = carried.get(primary) ?? [];
    lines.push({ line: part.shown.line, message: part.shown.message, rule: part.shown.rule });
    // The part's own related lines, except those pointing back at the primary's instruction.
    for (const r of part.shown.related ?? []) if (r.line < primary.finding.line || r.line > primary.finding.endLine) lines.push(r);
    carried.set(primary, lines);
  }
  const out: Finding[] = [];
  for (const j of judged) {
    if (!j.shown || parts.has(j)) continue;
    const extra = carried.get(j);
    out.push(extra ? { ...j.shown, related: mergeRelated([...(j.shown.related ?? []), ...extra]) } : j.shown);
  }
  return out;
}

/** `also: line 3 (final-stage-copies-context) — …`: a related line in plain text. */
export function relatedLineText(r: RelatedLine): string {
  return `also: line ${r.line}${r.rule ? ` (${r.rule})` : ''} — ${r.message}`;
}

function mergeRelated(lines: readonly RelatedLine[]): RelatedLine[] {
  const seen = new Set<string>();
  return [...lines]
    .sort((a, b) => a.line - b.line)
    .filter((r) => {
      const key = `${r.line}\0${r.rule ?? ''}\0${r.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
