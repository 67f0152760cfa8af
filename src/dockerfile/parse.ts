import { DockerfileParser, type Instruction as AstInstruction } from 'dockerfile-ast';
import { expandWord, mapLookup } from './expand.js';
import { parseImageRef } from './image.js';
import { buildStageStates } from './state.js';
import type {
  ArgDeclaration,
  Comment,
  DependencySource,
  Directive,
  Dockerfile,
  Heredoc,
  Instruction,
  InstructionFlag,
  KeyValue,
  LineStart,
  ParseProblem,
  Scope,
  Stage,
  StageBase,
  StageDependency,
} from './types.js';
import { extractFlags, parseExecForm, parseWords } from './words.js';

export const KNOWN_KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);

/**
 * The platform arguments BuildKit defines without an ARG (its `defaultArgs`), valued as on a linux/amd64
 * builder: what a FROM line resolves with when no build argument is given. Not a claim about the build.
 * https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope
 */
export const PLATFORM_ARG_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDOSVERSION', ''], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETOSVERSION', ''], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
]);

export interface ParseOptions {
  path?: string;
}

/**
 * Parses a Dockerfile into the model. Never throws on any input: what BuildKit would refuse is listed
 * in `problems`, and everything that can still be read is read.
 */
export function parseDockerfile(input: string, options: ParseOptions = {}): Dockerfile {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const path = (options.path ?? 'Dockerfile').replace(/\\/g, '/');
  const lines = text.split(/\r\n|\r|\n/);
  const ast = DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter();
  const problems: ParseProblem[] = [];
  const astInstructions = ast.getInstructions();

  const directives = readDirectives(lines, problems);
  const escapeDirective = directives.find((d) => d.name === 'escape');
  if (escapeDirective && escapeDirective.value !== '\\' && escapeDirective.value !== '`') {
    problems.push({ line: escapeDirective.line, message: `invalid escape character "${escapeDirective.value}": use \` or \\` });
  }

  const instructions: Instruction[] = [];
  for (const node of astInstructions) {
    const ins = buildInstruction(node, lines, escapeChar, problems);
    instructions.push(ins);
  }
  const comments = readComments(lines, instructions, directives.length);

  // Stages.
  const stages: Stage[] = [];
  const preamble: Instruction[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      stages.push(newStage(stages.length, ins));
    }
    const current = stages[stages.length - 1];
    ins.stage = current ? current.index : -1;
    if (ins.trigger) ins.trigger.stage = ins.stage;
    if (!current) preamble.push(ins);
    else if (ins !== current.from) current.instructions.push(ins);
  }
  for (let i = 0; i < stages.length; i++) {
    const next = stages[i + 1];
    stages[i]!.endLine = next ? next.from.line - 1 : Math.max(stages[i]!.from.endLine, lastContentLine(lines));
  }

  // Global ARGs and FROM resolution.
  const { declarations: globalArgs, values: fromLookup } = collectGlobalArgs(preamble, escapeChar);
  for (const stage of stages) resolveBase(stage, stages, fromLookup, escapeChar);

  // Scopes, inherited state and dependencies.
  const globalDefaults = new Map(globalArgs.map((a) => [a.name, a.resolvedDefault] as const));
  for (const ins of preamble) ins.scope = EMPTY_SCOPE;
  buildStageStates(stages, globalDefaults, escapeChar);
  for (const stage of stages) stage.dependencies = collectDependencies(stage, stages, escapeChar);

  reportStructureProblems(instructions, preamble, stages, problems);

  return { path, text, lines, escapeChar, directives, globalArgs, instructions, preamble, stages, comments, problems };
}

const EMPTY_MAP: ReadonlyMap<string, string> = new Map<string, string>();
const EMPTY_SCOPE: Scope = { env: EMPTY_MAP, args: EMPTY_MAP, shell: ['/bin/sh', '-c'] };

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/** Parser directives as BuildKit reads them: `#name=value` lines at the very top, known names only. */
function readDirectives(lines: string[], problems: ParseProblem[]): Directive[] {
  const out: Directive[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('#')) break;
    const m = DIRECTIVE.exec(line.slice(1).trimStart());
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name)) break;
    if (out.some((d) => d.name === name)) {
      problems.push({ line: i + 1, message: `only one ${name} parser directive can be used` });
      continue;
    }
    out.push({ name, value: m[2]!, line: i + 1 });
  }
  return out;
}

/** Comment lines outside heredoc bodies; those between an instruction's continuation lines are marked embedded. */
function readComments(lines: string[], instructions: Instruction[], directiveCount: number): Comment[] {
  const embedded = new Set<number>();
  const body = new Set<number>();
  for (const ins of instructions) {
    const bodyStart = ins.heredocs.length > 0 ? ins.heredocs[0]!.line : ins.endLine + 1;
    for (let l = ins.line; l < bodyStart && l <= ins.endLine; l++) embedded.add(l);
    for (let l = bodyStart; l <= ins.endLine; l++) body.add(l);
  }
  const out: Comment[] = [];
  for (let i = directiveCount; i < lines.length; i++) {
    const line = i + 1;
    if (body.has(line)) continue;
    const trimmed = lines[i]!.trimStart();
    if (!trimmed.startsWith('#')) continue;
    out.push({ line, text: trimmed.slice(1).trim(), embedded: embedded.has(line) });
  }
  return out;
}

function lastContentLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return i + 1;
  return 1;
}

interface LogicalLine {
  /** The instruction line with continuations joined, starting after the keyword. */
  text: string;
  /** 0-based index of the physical line the logical line ends on. */
  lastLine: number;
  /** Where each kept physical line starts in `text` (1-based line numbers). */
  starts: LineStart[];
  /** Blank lines the continuation skipped (1-based). */
  emptyLines: number[];
}

/** Joins an instruction's continuation lines exactly as BuildKit's parser does. */
const continuationPatterns = new Map<string, RegExp>();

/** BuildKit's `lineContinuationRegex` for an escape character: `\` or `` ` `` at the end of a line. */
function continuationPattern(escapeChar: string): RegExp {
  let pattern = continuationPatterns.get(escapeChar);
  if (!pattern) {
    const esc = escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    pattern = new RegExp(`([^${esc}])${esc}[ \\t]*$|^${esc}[ \\t]*$`);
    continuationPatterns.set(escapeChar, pattern);
  }
  return pattern;
}

function joinContinuations(lines: string[], start: number, startChar: number, escapeChar: string): LogicalLine {
  const continuation = continuationPattern(escapeChar);
  const first = lines[start]!.slice(startChar);
  let match = continuation.exec(first);
  const starts: LineStart[] = [{ offset: 0, line: start + 1 }];
  const emptyLines: number[] = [];
  if (!match) return { text: first, lastLine: start, starts, emptyLines };
  const parts: string[] = [first.slice(0, match.index) + (match[1] ?? '')];
  let length = parts[0]!.length;
  // The empty string after a final line break is not a line BuildKit reads.
  const physicalLines = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  let i = start + 1;
  let lastKept = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimStart();
    if (trimmed === '' && i < physicalLines) emptyLines.push(i + 1);
    if (trimmed.startsWith('#') || trimmed === '') continue;
    lastKept = i;
    starts.push({ offset: length, line: i + 1 });
    match = continuation.exec(line);
    const kept = match ? line.slice(0, match.index) + (match[1] ?? '') : line;
    parts.push(kept);
    length += kept.length;
    if (!match) break;
  }
  // A continuation that runs off the end of the file ends on the file's last line, as BuildKit reads it
  // (the empty string after a final line break is not a line).
  const lastLine = i < lines.length ? i : Math.max(lastKept, physicalLines - 1);
  return { text: parts.join(''), lastLine, starts, emptyLines };
}

function buildInstruction(node: AstInstruction, lines: string[], escapeChar: string, problems: ParseProblem[]): Instruction {
  const range = node.getRange();
  const kwRange = node.getInstructionRange();
  const rawKeyword = node.getInstruction();
  const keyword = rawKeyword.toUpperCase();
  const logical = joinContinuations(lines, range.start.line, kwRange.end.character, escapeChar);
  const afterKeyword = logical.text;

  let flagWords: string[] = [];
  let argsStart = afterKeyword.length - afterKeyword.trimStart().length;
  if (FLAG_KEYWORDS.has(keyword)) {
    const split = extractFlags(afterKeyword, escapeChar);
    flagWords = split.flags;
    argsStart = split.restOffset;
  }
  const args = afterKeyword.slice(argsStart).trim();
  const argsLines = logical.starts
    .filter((s, i) => (logical.starts[i + 1]?.offset ?? Infinity) > argsStart || s.offset >= argsStart)
    .map((s) => ({ offset: Math.max(0, s.offset - argsStart), line: s.line }));
  const flags = flagWords.map((word) => toFlag(word, lines, range.start.line, logical.lastLine));

  let heredocs: Heredoc[] = [];
  // Our reading of continuations and heredocs, not dockerfile-ast's range, which runs on over blank lines at the end.
  let endLine0 = logical.lastLine;
  if (HEREDOC_KEYWORDS.has(keyword) && args.includes('<<')) {
    const found = readHeredocs(args, lines, logical.lastLine, escapeChar);
    heredocs = found.heredocs;
    endLine0 = Math.max(endLine0, found.lastLine);
    if (found.unterminated) {
      problems.push({ line: range.start.line + 1, endLine: found.lastLine + 1, message: `unterminated heredoc <<${found.unterminated}` });
    }
  }

  const ins: Instruction = {
    keyword,
    rawKeyword,
    line: range.start.line + 1,
    endLine: endLine0 + 1,
    column: kwRange.start.character + 1,
    args,
    argsLines,
    emptyContinuationLines: logical.emptyLines,
    flags,
    execForm: null,
    heredocs,
    pairs: [],
    stage: -1,
    trigger: null,
    onbuildParent: null,
    scope: EMPTY_SCOPE,
    node,
  };
  fillForm(ins, escapeChar);

  if (keyword === 'ONBUILD') {
    ins.trigger = buildTrigger(ins, escapeChar);
  }
  return ins;
}

function fillForm(ins: Instruction, escapeChar: string): void {
  switch (ins.keyword) {
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
    case 'COPY':
    case 'ADD':
    case 'VOLUME':
      ins.execForm = parseExecForm(ins.args);
      break;
    case 'HEALTHCHECK': {
      const m = /^(cmd)\s+([\s\S]*)$/i.exec(ins.args);
      if (m) ins.execForm = parseExecForm(m[2]!);
      break;
    }
    case 'ENV':
    case 'LABEL':
      ins.pairs = parseNameValues(ins.args, escapeChar);
      break;
    case 'ARG':
      ins.pairs = parseWords(ins.args, escapeChar).map((word) => {
        const eq = word.indexOf('=');
        if (eq < 0) return { key: word, value: null, rawValue: null, equals: false };
        const rawValue = word.slice(eq + 1);
        return { key: word.slice(0, eq), value: unquote(rawValue, escapeChar), rawValue, equals: true };
      });
      break;
  }
}

/** ENV and LABEL: `KEY=value …`, or the legacy `KEY value` (everything after the key is the value). */
function parseNameValues(args: string, escapeChar: string): KeyValue[] {
  const words = parseWords(args, escapeChar);
  if (words.length === 0) return [];
  if (!words[0]!.includes('=')) {
    const m = /^(\S+)\s+([\s\S]*)$/.exec(args.trim());
    const key = m ? m[1]! : args.trim();
    const rawValue = m ? m[2]! : null;
    return [{ key, value: rawValue === null ? null : unquote(rawValue, escapeChar), rawValue, equals: false }];
  }
  return words.map((word) => {
    const eq = word.indexOf('=');
    if (eq < 0) return { key: word, value: null, rawValue: null, equals: true };
    const rawValue = word.slice(eq + 1);
    return { key: unquote(word.slice(0, eq), escapeChar), value: unquote(rawValue, escapeChar), rawValue, equals: true };
  });
}

/** Removes quotes and escapes but leaves `$VARS` as written. */
export function unquote(word: string, escapeChar = '\\'): string {
  if (!/["'\\`$]/.test(word)) return word;
  const out = expandWord(word, EMPTY_LOOKUP, { escapeChar, keepUnset: true });
  return out.error ? word : out.result;
}

const EMPTY_LOOKUP = { get: () => undefined };

function buildTrigger(parent: Instruction, escapeChar: string): Instruction | null {
  const m = /^(\S+)([\s\S]*)$/.exec(parent.args);
  if (!m) return null;
  const rawKeyword = m[1]!;
  const keyword = rawKeyword.toUpperCase();
  let rest = m[2]!;
  let flags: InstructionFlag[] = [];
  if (FLAG_KEYWORDS.has(keyword)) {
    const split = extractFlags(rest, escapeChar);
    flags = split.flags.map((w) => ({ ...flagParts(w), line: parent.line, column: parent.column }));
    rest = split.rest;
  }
  const args = rest.trim();
  const shift = parent.args.length - args.length;
  const trigger: Instruction = {
    ...parent,
    keyword,
    rawKeyword,
    args,
    argsLines: parent.argsLines
      .filter((_start, i) => (parent.argsLines[i + 1]?.offset ?? Infinity) > shift)
      .map((s) => ({ offset: Math.max(0, s.offset - shift), line: s.line })),
    flags,
    execForm: null,
    pairs: [],
    trigger: null,
    onbuildParent: parent,
  };
  fillForm(trigger, escapeChar);
  return trigger;
}

function flagParts(word: string): { name: string; value: string | null } {
  const body = word.replace(/^--/, '');
  const eq = body.indexOf('=');
  return eq < 0 ? { name: body.toLowerCase(), value: null } : { name: body.slice(0, eq).toLowerCase(), value: body.slice(eq + 1) };
}

function toFlag(word: string, lines: string[], firstLine: number, lastLine: number): InstructionFlag {
  const parts = flagParts(word);
  const needle = `--${word.replace(/^--/, '').split('=')[0]}`;
  for (let l = firstLine; l <= lastLine; l++) {
    const col = lines[l]!.indexOf(needle);
    if (col >= 0) return { ...parts, line: l + 1, column: col + 1 };
  }
  return { ...parts, line: firstLine + 1, column: 1 };
}

interface HeredocRead {
  heredocs: Heredoc[];
  lastLine: number;
  unterminated: string | null;
}

// BuildKit's own pattern: a name cannot contain `<`, so the here-string `<<<` is not a heredoc.
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]+)$/;

function readHeredocs(args: string, lines: string[], lastLine: number, escapeChar: string): HeredocRead {
  const heredocs: Heredoc[] = [];
  let line = lastLine;
  for (const word of parseWords(args, escapeChar)) {
    const m = HEREDOC_WORD.exec(word);
    if (!m) continue;
    const chomp = m[2] === '-';
    const rawName = m[3]!;
    const quoted = /["']/.test(rawName);
    const name = unquote(rawName, escapeChar);
    if (!name || /\s/.test(name)) continue;
    const body: string[] = [];
    const bodyStart = line + 2;
    let terminated = false;
    while (line + 1 < lines.length) {
      line++;
      const candidate = chomp ? lines[line]!.replace(/^\t+/, '') : lines[line]!;
      if (candidate === name) {
        terminated = true;
        break;
      }
      body.push(lines[line]!);
    }
    heredocs.push({ name, content: body.join('\n'), line: bodyStart, chomp, quoted });
    if (!terminated) return { heredocs, lastLine: line, unterminated: name };
  }
  return { heredocs, lastLine: line, unterminated: null };
}

function newStage(index: number, from: Instruction): Stage {
  const words = parseWords(from.args);
  let name: string | null = null;
  if (words.length >= 3 && words[1]!.toLowerCase() === 'as') name = words[2]!;
  const platformFlag = from.flags.find((f) => f.name === 'platform');
  const placeholderState = { shell: ['/bin/sh', '-c'], shellLine: null, workdir: null, user: null, userLine: null, env: EMPTY_MAP };
  return {
    index,
    name,
    id: name ? name.toLowerCase() : String(index),
    from,
    base: { kind: 'scratch', raw: words[0] ?? '' },
    platform: platformFlag?.value ?? null,
    instructions: [],
    dependencies: [],
    endLine: from.endLine,
    initial: placeholderState,
    final: placeholderState,
  };
}

/** The global ARGs, and the values FROM lines resolve with: the platform defaults, then each ARG's default. */
function collectGlobalArgs(preamble: Instruction[], escapeChar: string): { declarations: ArgDeclaration[]; values: Map<string, string | null> } {
  const declarations: ArgDeclaration[] = [];
  const values = new Map<string, string | null>(PLATFORM_ARG_DEFAULTS);
  for (const ins of preamble) {
    if (ins.keyword !== 'ARG') continue;
    for (const pair of ins.pairs) {
      let resolved: string | null = null;
      if (pair.rawValue !== null) {
        const exp = expandWord(pair.rawValue, mapLookup(values), { escapeChar });
        resolved = exp.error ? null : exp.result;
      }
      values.set(pair.key, resolved);
      declarations.push({ name: pair.key, defaultValue: pair.rawValue, resolvedDefault: resolved, line: ins.line });
    }
  }
  return { declarations, values };
}

function resolveBase(stage: Stage, stages: Stage[], globals: Map<string, string | null>, escapeChar: string): void {
  const raw = stage.base.raw;
  const exp = expandWord(raw, mapLookup(globals), { escapeChar });
  const unresolved = [...exp.unmatched].filter((v) => !globals.has(v) || globals.get(v) === null);
  const expanded = exp.error ? raw : exp.result;
  const lower = expanded.toLowerCase();
  const parent = stages.slice(0, stage.index).reverse().find((s) => s.name !== null && s.id === lower);
  let base: StageBase;
  if (parent && unresolved.length === 0) base = { kind: 'stage', stage: parent.index, raw };
  else if (lower === 'scratch') base = { kind: 'scratch', raw };
  else {
    const parsed = unresolved.length === 0 && !exp.error ? parseImageRef(expanded) : null;
    base = { kind: 'image', raw, expanded, image: parsed && parsed.ok ? parsed.image : null, unresolved };
  }
  stage.base = base;
}

function resolveReference(
  value: string,
  ins: Instruction,
  stages: Stage[],
  escapeChar: string,
): DependencySource {
  let resolved = value;
  if (value.includes('$')) {
    const lookup = new Map<string, string | null>([...ins.scope.env, ...ins.scope.args]);
    const exp = expandWord(value, mapLookup(lookup), { escapeChar });
    if (exp.error || exp.unmatched.size > 0 || exp.result === '') return { kind: 'unknown', raw: value };
    resolved = exp.result;
  }
  const lower = resolved.toLowerCase();
  const byName = stages.find((s) => s.name !== null && s.id === lower);
  if (byName) return { kind: 'stage', stage: byName.index };
  if (/^\d+$/.test(resolved)) {
    const idx = Number(resolved);
    if (idx < stages.length) return { kind: 'stage', stage: idx };
  }
  if (lower === 'scratch') return { kind: 'image', image: null, raw: resolved };
  const parsed = parseImageRef(resolved);
  return { kind: 'image', image: parsed.ok ? parsed.image : null, raw: resolved };
}

function collectDependencies(stage: Stage, stages: Stage[], escapeChar: string): StageDependency[] {
  const deps: StageDependency[] = [];
  const base = stage.base;
  if (base.kind === 'stage') {
    deps.push({ kind: 'from', source: { kind: 'stage', stage: base.stage }, raw: base.raw, line: stage.from.line, instruction: stage.from });
  } else if (base.kind === 'image') {
    deps.push({
      kind: 'from',
      source: base.unresolved.length ? { kind: 'unknown', raw: base.raw } : { kind: 'image', image: base.image, raw: base.expanded },
      raw: base.raw,
      line: stage.from.line,
      instruction: stage.from,
    });
  }
  for (const ins of stage.instructions) {
    const target = ins.keyword === 'ONBUILD' ? null : ins;
    if (!target) continue;
    if (target.keyword === 'COPY' || target.keyword === 'ADD') {
      const from = target.flags.find((f) => f.name === 'from');
      if (from?.value) {
        deps.push({ kind: 'copy', source: resolveReference(from.value, target, stages, escapeChar), raw: from.value, line: target.line, instruction: target });
      }
    } else if (target.keyword === 'RUN') {
      for (const flag of target.flags) {
        if (flag.name !== 'mount' || !flag.value) continue;
        const opts = parseMountOptions(flag.value);
        const from = opts.get('from');
        if (!from) continue;
        deps.push({
          kind: 'mount',
          source: resolveReference(from, target, stages, escapeChar),
          raw: from,
          line: target.line,
          instruction: target,
          mountType: opts.get('type') ?? 'bind',
        });
      }
    }
  }
  return deps;
}

/** `type=cache,target=/root/.cache,from=builder` → a map; a bare word becomes `key → ""`. */
export function parseMountOptions(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of splitCsv(value)) {
    const eq = part.indexOf('=');
    if (eq < 0) out.set(part.trim().toLowerCase(), '');
    else out.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return out;
}

function splitCsv(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote = '';
  for (const ch of value) {
    if (quote) {
      if (ch === quote) quote = '';
      else current += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '' || parts.length > 0) parts.push(current);
  return parts.filter((p) => p.trim() !== '');
}

function reportStructureProblems(
  instructions: Instruction[],
  preamble: Instruction[],
  stages: Stage[],
  problems: ParseProblem[],
): void {
  if (instructions.length === 0) {
    problems.push({ line: 1, message: 'the file has no instructions' });
    return;
  }
  for (const ins of instructions) {
    const checked = ins.trigger ?? ins;
    if (!KNOWN_KEYWORDS.has(ins.keyword)) {
      problems.push({ line: ins.line, column: ins.column, message: `unknown instruction: ${ins.rawKeyword}` });
    } else if (ins.keyword === 'ONBUILD') {
      // ONBUILD FROM/MAINTAINER/ONBUILD is onbuild-trigger-not-allowed's finding (DL3043), not a parse error.
      if (!ins.trigger) problems.push({ line: ins.line, message: 'ONBUILD needs an instruction to run' });
      else if (!KNOWN_KEYWORDS.has(checked.keyword)) {
        problems.push({ line: ins.line, message: `unknown instruction: ${checked.rawKeyword}` });
      }
    } else if (ins.args === '' && ins.heredocs.length === 0) {
      problems.push({ line: ins.line, column: ins.column, message: `${ins.keyword} requires at least one argument` });
    }
  }
  // An instruction other than ARG before the first FROM is instruction-before-from's finding (DL3061).
  if (stages.length === 0 && preamble.length > 0 && preamble.every((i) => i.keyword === 'ARG')) {
    problems.push({ line: preamble[0]!.line, message: 'the file has no FROM: no stages to build' });
  }
  for (const stage of stages) {
    const words = parseWords(stage.from.args);
    if (words.length === 2 || words.length > 3 || (words.length === 3 && words[1]!.toLowerCase() !== 'as')) {
      problems.push({ line: stage.from.line, message: 'FROM takes an image and an optional "AS name"' });
    }
    if (stage.name !== null && !/^[a-z][a-z0-9-_.]*$/i.test(stage.name)) {
      problems.push({ line: stage.from.line, message: `invalid stage name "${stage.name}": use letters, digits, "-", "_" and "."` });
    }
  }
}
