import type { ImageComparison } from '../docker/types.js';
import type { Finding } from '../lint/types.js';

/** One example app: its single-stage Dockerfile and the multi-stage rewrite, with what lint found. */
export interface DemoExample {
  /** The example's folder name: `go-service`. */
  name: string;
  /** A one-line description (the example README's title), or null. */
  title: string | null;
  single: DemoVersion;
  multi: DemoVersion;
  /** Both images built and measured (`stagecraft compare`), when Docker is there; else why not. */
  size?: DemoSize;
}

/** `compared`: the single-stage image is the base, the rewrite the head. */
export type DemoSize = { status: 'compared'; image: ImageComparison; network: string } | { status: 'skipped'; reason: string };

export interface DemoVersion {
  /** Where the Dockerfile is, as shown to the reader: `examples/web/Dockerfile.single`. */
  path: string;
  findings: Finding[];
}

/** The findings of one rule in one group. */
export interface RuleFindings {
  rule: string;
  findings: Finding[];
}

export interface Comparison {
  /** Rules that find something in the single-stage version and nothing in the rewrite. */
  fixed: RuleFindings[];
  /** Rules that find something in both: the rewrite's findings. */
  still: RuleFindings[];
  /** Rules that find something only in the rewrite. */
  introduced: RuleFindings[];
}

function byRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) out.set(f.rule, [...(out.get(f.rule) ?? []), f]);
  return out;
}

/** Rules a version reports only as related lines of another rule's finding (one problem, one finding). */
function carriedRules(findings: readonly Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => (f.related ?? []).flatMap((r) => (r.rule ? [r.rule] : []))));
}

/**
 * Compares the two versions rule by rule. A rule is the unit a reader thinks in ("does the rewrite
 * still ship devDependencies?"): line numbers differ between the files, so findings are not matched
 * one to one. Groups keep the order of the first finding's line in the file they come from. A rule one
 * version reports only as a related line of another finding is still there in that version: not fixed
 * by the rewrite when the rewrite carries it, not new when the single stage carried it.
 */
export function compareVersions(single: readonly Finding[], multi: readonly Finding[]): Comparison {
  const before = byRule(single);
  const after = byRule(multi);
  const fixed: RuleFindings[] = [];
  const still: RuleFindings[] = [];
  const introduced: RuleFindings[] = [];
  const carriedBefore = carriedRules(single);
  const carriedAfter = carriedRules(multi);
  for (const [rule, findings] of before) {
    if (after.has(rule)) still.push({ rule, findings: after.get(rule)! });
    else if (!carriedAfter.has(rule)) fixed.push({ rule, findings });
  }
  for (const [rule, findings] of after) {
    if (before.has(rule)) continue;
    if (carriedBefore.has(rule)) still.push({ rule, findings });
    else introduced.push({ rule, findings });
  }
  const byLine = (a: RuleFindings, b: RuleFindings) => a.findings[0]!.line - b.findings[0]!.line || a.rule.localeCompare(b.rule);
  return { fixed: fixed.sort(byLine), still: still.sort(byLine), introduced: introduced.sort(byLine) };
}
