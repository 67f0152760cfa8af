import type { Dockerfile } from '../../dockerfile/index.js';
import type { FindingInput, Severity } from '../types.js';
import { shellcheckScripts, type ShellcheckScript } from './scripts.js';

/**
 * ShellCheck codes left out, as hadolint does: SC2187 (ash is checked as dash — expected here),
 * SC1090/SC1091 (following `source`d files needs a `# shellcheck source=` directive a Dockerfile
 * cannot carry, and the files are in the image, not next to the Dockerfile).
 */
export const EXCLUDED_CODES: readonly number[] = [1090, 1091, 2187];

/** One file of a ShellCheck run. */
export interface ShellcheckFile {
  /** File name, unique within the run (relative: the runner decides where it lives). */
  name: string;
  content: string;
}

/** One comment of ShellCheck's `--format=json1` output. */
export interface ShellcheckComment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

export type ShellcheckOutcome = { ok: true; comments: ShellcheckComment[] } | { ok: false; notice: string };

/** Runs ShellCheck over a set of files, once (the I/O lives outside the pure lint code). */
export interface ShellcheckRunner {
  run(files: readonly ShellcheckFile[], excluded: readonly number[]): ShellcheckOutcome;
}

export interface ShellcheckResults {
  /** ShellCheck's findings per Dockerfile path, ready for the `shellcheck` rule. */
  findings: Map<string, FindingInput[]>;
  /** Said once for the whole run, e.g. that ShellCheck is not installed. */
  notices: string[];
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/** Reads `shellcheck --format=json1` output; throws on anything else. */
export function parseJson1(output: string): ShellcheckComment[] {
  const data = JSON.parse(output) as { comments?: unknown };
  if (!data || !Array.isArray(data.comments)) throw new Error('no "comments" array in ShellCheck output');
  return data.comments as ShellcheckComment[];
}

/**
 * Checks the RUN scripts of every Dockerfile with one ShellCheck run, not one per RUN: each script
 * becomes a file, ShellCheck reads them all, and each comment is mapped back to its Dockerfile,
 * instruction, line and column, with its `SCxxxx` code as an alias and its level as severity.
 */
export function runShellcheckForFiles(dockerfiles: readonly Dockerfile[], runner: ShellcheckRunner): ShellcheckResults {
  const findings = new Map<string, FindingInput[]>();
  const files: ShellcheckFile[] = [];
  const owners = new Map<string, { path: string; script: ShellcheckScript }>();
  for (const df of dockerfiles) {
    findings.set(df.path, []);
    for (const script of shellcheckScripts(df)) {
      const name = `script-${files.length + 1}.${script.dialect === 'bash' ? 'bash' : 'sh'}`;
      files.push({ name, content: script.content });
      owners.set(name, { path: df.path, script });
    }
  }
  if (files.length === 0) return { findings, notices: [] };

  const outcome = runner.run(files, EXCLUDED_CODES);
  if (!outcome.ok) return { findings, notices: [outcome.notice] };
  for (const comment of outcome.comments) {
    const owner = owners.get(comment.file);
    if (!owner) continue;
    const { script } = owner;
    const start = script.locate(comment.line, comment.column);
    const end = comment.endLine === comment.line ? script.locate(comment.endLine, Math.max(comment.column, comment.endColumn - 1)) : script.locate(comment.endLine, 1);
    findings.get(owner.path)!.push({
      message: comment.message,
      line: start.line,
      endLine: Math.max(start.line, end.line),
      column: start.column,
      stage: script.instruction.stage,
      aliases: [`SC${comment.code}`],
      severity: LEVELS[comment.level] ?? 'warning',
    });
  }
  return { findings, notices: [] };
}
