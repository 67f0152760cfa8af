import type { Dockerfile } from '../../src/dockerfile/index.js';
import { SEVERITIES, type Finding } from '../../src/lint/types.js';

/**
 * Physical lines as an editor counts them (after a BOM): `\r\n`, `\r` and `\n` each end a line, and a
 * file ending in a line end has an empty last line. Counted here rather than read from the model, so a
 * model that miscounts is caught too.
 */
export function physicalLineCount(text: string): number {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).length;
}

/**
 * What every finding must satisfy for annotations, SARIF regions and the comment's line links to point
 * somewhere real: 1 ≤ line ≤ endLine ≤ lines in the file, column ≥ 1, integers, a known severity, a rule
 * id and a message. No tolerance past the last line is needed: a trailing line end already counts as an
 * (empty) last line. Returns one description per broken finding; empty when all is well.
 */
export function findingViolations(text: string, findings: readonly Finding[]): string[] {
  const lines = physicalLineCount(text);
  const out: string[] = [];
  for (const f of findings) {
    const where = `${f.rule} ${f.line}:${f.column}-${f.endLine} "${f.message}"`;
    if (f.rule === 'internal-error') out.push(`internal error: ${f.message}`);
    if (![f.line, f.endLine, f.column].every(Number.isInteger)) out.push(`non-integer position: ${where}`);
    if (!(f.line >= 1 && f.line <= f.endLine && f.endLine <= lines)) out.push(`line range outside 1..${lines}: ${where}`);
    if (!(f.column >= 1)) out.push(`column < 1: ${where}`);
    if (!(SEVERITIES as readonly string[]).includes(f.severity)) out.push(`unknown severity "${String(f.severity)}": ${where}`);
    if (typeof f.rule !== 'string' || f.rule === '') out.push(`finding without a rule id: ${where}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') out.push(`finding without a message: ${where}`);
  }
  return out;
}

/**
 * The model's line ranges, which `reportAt` turns straight into findings: every instruction, heredoc
 * and stage lies within the file.
 */
export function modelViolations(text: string, df: Dockerfile): string[] {
  const lines = physicalLineCount(text);
  const out: string[] = [];
  const inFile = (line: number, endLine: number) => Number.isInteger(line) && Number.isInteger(endLine) && line >= 1 && line <= endLine && endLine <= lines;
  for (const ins of df.instructions) {
    if (!inFile(ins.line, ins.endLine)) out.push(`instruction ${ins.rawKeyword} spans ${ins.line}-${ins.endLine} of ${lines} lines`);
    // A heredoc whose operator is on the last line has an empty body that "starts" just past the end.
    for (const doc of ins.heredocs) {
      if (!(doc.line >= 1 && doc.line <= lines + 1)) out.push(`heredoc <<${doc.name} starts at line ${doc.line} of ${lines}`);
    }
  }
  for (const stage of df.stages) {
    if (!inFile(stage.from.line, stage.endLine)) out.push(`stage ${stage.index} spans ${stage.from.line}-${stage.endLine} of ${lines} lines`);
  }
  return out;
}
