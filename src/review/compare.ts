import type { Dockerfile, Instruction } from '../dockerfile/index.js';
import { findRule } from '../lint/registry.js';
import type { Finding } from '../lint/types.js';

/** One version of a Dockerfile as linted: its findings and the model they were found in. */
export interface LintedVersion {
  findings: readonly Finding[];
  /** The parsed file; null or undefined when it could not be parsed (the findings are then file-wide). */
  dockerfile: Dockerfile | null | undefined;
}

/** A head version's findings judged against the base version: see `FileReview`. */
export interface ClassifiedFindings {
  /** Head findings with no counterpart in the base, in head order. */
  newFindings: Finding[];
  /** Head findings the base already had, in head order. */
  existingFindings: Finding[];
  /** Base findings with no counterpart in the head (the change fixed them), in base order. */
  fixedFindings: Finding[];
}

/**
 * Splits the head findings into new and existing, and finds the base findings the change fixed.
 *
 * Findings are paired by `findingKey`, one to one: two identical base findings can account for two
 * identical head findings, and a third one is new. Line numbers play no part, so an edit above an
 * instruction (or re-wrapping it) does not turn its findings into new ones. `head` null means the file
 * was removed (every base finding is fixed); `base` null means it was added (every head finding is new).
 * The findings returned are the objects given, not copies.
 */
export function classifyFindings(head: LintedVersion | null, base: LintedVersion | null): ClassifiedFindings {
  const baseFindings = base?.findings ?? [];
  const headFindings = head?.findings ?? [];

  // Base finding indexes by key, in base order: each head finding takes the first one still free.
  const unmatchedBaseByKey = new Map<string, number[]>();
  baseFindings.forEach((finding, index) => {
    const key = findingKey(finding, base?.dockerfile);
    const queue = unmatchedBaseByKey.get(key);
    if (queue) queue.push(index);
    else unmatchedBaseByKey.set(key, [index]);
  });

  // What the base said only as related lines of another finding (one problem, one finding): a head
  // finding the base carried that way is not new, and the carried line is never "fixed" on its own.
  const carriedInBase = new Map<string, number>();
  for (const carried of baseFindings.flatMap(carriedAsFindings)) {
    const key = findingKey(carried, base?.dockerfile);
    carriedInBase.set(key, (carriedInBase.get(key) ?? 0) + 1);
  }

  const newFindings: Finding[] = [];
  const existingFindings: Finding[] = [];
  const matchedBase = new Set<number>();
  for (const finding of headFindings) {
    const key = findingKey(finding, head?.dockerfile);
    const baseIndex = unmatchedBaseByKey.get(key)?.shift();
    if (baseIndex === undefined) {
      const carried = carriedInBase.get(key) ?? 0;
      if (carried > 0) {
        carriedInBase.set(key, carried - 1);
        existingFindings.push(finding);
      } else {
        newFindings.push(finding);
      }
    } else {
      existingFindings.push(finding);
      matchedBase.add(baseIndex);
    }
  }
  const fixedFindings = baseFindings.filter((_, index) => !matchedBase.has(index));
  return { newFindings, existingFindings, fixedFindings };
}

/** A finding's related lines of other rules, as the findings those rules would report on their own. */
function carriedAsFindings(primary: Finding): Finding[] {
  return (primary.related ?? []).flatMap((related) =>
    related.rule
      ? [{ rule: related.rule, aliases: findRule(related.rule)?.aliases ?? [], severity: primary.severity, line: related.line, endLine: related.line, column: 1, message: related.message, stage: primary.stage ?? 0 }]
      : [],
  );
}

/**
 * What makes two findings "the same" across versions of a file: the rule, the finding's own peer codes
 * (the `shellcheck` rule tells SC2086 from SC2046 only by them), the stage (see `stageIdentity`) and the
 * instruction the finding is on, by its text with layout normalised away (`normalisedInstructionText`).
 * The message is left out for findings on an instruction, since messages may quote line numbers or
 * details that move with unrelated edits. A finding on no instruction (file-wide, on a comment or
 * before the first FROM, or in a file that did not parse) has only its message to be recognised by.
 */
export function findingKey(finding: Finding, dockerfile: Dockerfile | null | undefined): string {
  const codes = [...finding.aliases].sort();
  const instruction = dockerfile ? instructionOfFinding(finding, dockerfile) : null;
  if (dockerfile && instruction) {
    return JSON.stringify([finding.rule, codes, stageIdentity(dockerfile, instruction.stage), normalisedInstructionText(dockerfile, instruction)]);
  }
  // A finding the engine placed in no stage is about the file: where its line falls says nothing.
  const stageIndex = dockerfile && finding.stage !== null ? stageIndexOfLine(dockerfile, finding.line) : -1;
  return JSON.stringify([finding.rule, codes, stageIdentity(dockerfile ?? null, stageIndex), '', finding.message]);
}

/**
 * The instruction a finding is about: the one whose lines contain the finding's line. A finding the
 * engine placed in no stage (`stage: null`, e.g. an `internal-error` reported on line 1) is about the
 * file, not the FROM that may happen to be on that line, unless the instruction is itself before the
 * first FROM.
 */
function instructionOfFinding(finding: Finding, dockerfile: Dockerfile): Instruction | null {
  const instruction = indexOf(dockerfile).instructionAt.get(finding.line) ?? null;
  if (instruction && finding.stage === null && instruction.stage >= 0) return null;
  return instruction;
}

/** What keying findings needs from a parsed file, computed once per file (many findings share it). */
interface FileIndex {
  /** Line → the instruction whose lines contain it. */
  instructionAt: ReadonlyMap<number, Instruction>;
  /** Comment lines inside an instruction's continuation: not part of its text. */
  embeddedCommentLines: ReadonlySet<number>;
  /** Normalised text by instruction, filled as needed. */
  texts: Map<Instruction, string>;
}

const fileIndexes = new WeakMap<Dockerfile, FileIndex>();

function indexOf(dockerfile: Dockerfile): FileIndex {
  let index = fileIndexes.get(dockerfile);
  if (!index) {
    const instructionAt = new Map<number, Instruction>();
    for (const instruction of dockerfile.instructions) {
      for (let line = instruction.line; line <= instruction.endLine; line++) {
        if (!instructionAt.has(line)) instructionAt.set(line, instruction);
      }
    }
    const embeddedCommentLines = new Set(dockerfile.comments.filter((c) => c.embedded).map((c) => c.line));
    index = { instructionAt, embeddedCommentLines, texts: new Map() };
    fileIndexes.set(dockerfile, index);
  }
  return index;
}

/** The stage a line falls in (from its FROM to the next one); -1 before the first FROM. */
function stageIndexOfLine(dockerfile: Dockerfile, line: number): number {
  for (let i = dockerfile.stages.length - 1; i >= 0; i--) {
    if (dockerfile.stages[i]!.from.line <= line) return i;
  }
  return -1;
}

/**
 * A stage's identity across versions. Its name when it has one (case-insensitive, as `--from` and
 * `--target` match it); else `final` for the last stage, so turning a single-stage file into a builder
 * stage plus an unnamed final stage keeps the final stage's findings existing; else its position.
 * Instructions before the first FROM, file-wide findings and files that did not parse have no stage.
 */
function stageIdentity(dockerfile: Dockerfile | null, stageIndex: number): string {
  const stage = dockerfile && stageIndex >= 0 ? dockerfile.stages[stageIndex] : undefined;
  if (!dockerfile || !stage) return 'none';
  if (stage.name !== null) return `name:${stage.name.toLowerCase()}`;
  if (stage.index === dockerfile.stages.length - 1) return 'final';
  return `index:${stage.index}`;
}

/**
 * An instruction's text with its layout removed: its physical lines (heredoc bodies included) without
 * the comment lines inside a continuation, each line's trailing escape character dropped, and every run
 * of whitespace, line ends included, collapsed to one space. Re-wrapping `RUN a && b` over several lines
 * or re-indenting it keeps the text; changing a word does not. (A line break is read as a space, so
 * `a\<newline>&& b` and `a && b` are the same text.)
 */
function normalisedInstructionText(dockerfile: Dockerfile, instruction: Instruction): string {
  const index = indexOf(dockerfile);
  const cached = index.texts.get(instruction);
  if (cached !== undefined) return cached;
  const trailingEscape = new RegExp(`${escapeRegExp(dockerfile.escapeChar)}\\s*$`);
  const parts: string[] = [];
  for (let line = instruction.line; line <= instruction.endLine; line++) {
    if (index.embeddedCommentLines.has(line)) continue;
    parts.push((dockerfile.lines[line - 1] ?? '').replace(trailingEscape, ''));
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  index.texts.set(instruction, text);
  return text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
