import { expandWord, mapLookup, referencedVariables } from './expand.js';
import { parseImageRef } from './image.js';
import {
  escapeCharOf,
  heredocMarkers,
  physicalLineCount,
  readDirectives,
  readHeredocBodies,
  readLogicalLine,
  shiftLineStarts,
  type LogicalLine,
} from './lines.js';
import { instructionToCheck } from './onbuild.js';
import { buildStageStates, scopeLookup } from './state.js';
import type {
  ArgDeclaration,
  Comment,
  DependencySource,
  Dockerfile,
  Instruction,
  InstructionFlag,
  KeyValue,
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
  const problems: ParseProblem[] = [];
  const loneCarriageReturn = /\r(?![\r\n]|$)/.exec(text);
  if (loneCarriageReturn) {
    // Editors (and this model) end a line there; BuildKit ends lines at \n only and reads on.
    const line = text.slice(0, loneCarriageReturn.index).split(/\r\n|\r|\n/).length;
    problems.push({ line, message: 'a carriage return without a line feed ends this line for editors, not for BuildKit, which reads it and the next line as one; save the file with \\n (or \\r\\n) line ends' });
  }

  const directives = readDirectives(lines, problems);
  const escapeDirective = directives.find((d) => d.name === 'escape');
  if (escapeDirective && escapeDirective.value !== '\\' && escapeDirective.value !== '`') {
    problems.push({ line: escapeDirective.line, message: `invalid escape character "${escapeDirective.value}": use \` or \\` });
  }
  const escapeChar = escapeCharOf(directives);

  // Instruction by instruction, as BuildKit's parser reads them: each ends after its continuation lines
  // and heredoc bodies, and the next starts at the first line after it that is not blank or a comment.
  const instructions: Instruction[] = [];
  const physicalLines = physicalLineCount(lines);
  for (let next = 0; next < physicalLines; ) {
    const logical = readLogicalLine(lines, next, escapeChar);
    if (!logical) {
      next++;
      continue;
    }
    const ins = buildInstruction(logical, lines, escapeChar, problems);
    instructions.push(ins);
    next = ins.endLine;
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
  const earlier = new Map<string, Stage>();
  for (const stage of stages) {
    resolveBase(stage, earlier, fromLookup, escapeChar);
    if (stage.name !== null) earlier.set(stage.id, stage);
  }

  // Scopes, inherited state and dependencies.
  const globalDefaults = new Map(globalArgs.map((a) => [a.name, a.resolvedDefault] as const));
  for (const ins of preamble) ins.scope = EMPTY_SCOPE;
  buildStageStates(stages, globalDefaults, escapeChar);
  for (const stage of stages) stage.dependencies = collectDependencies(stage, stages, escapeChar);

  reportStructureProblems(instructions, preamble, stages, escapeChar, problems);

  return { path, text, lines, escapeChar, directives, globalArgs, instructions, preamble, stages, comments, problems };
}

const EMPTY_MAP: ReadonlyMap<string, string> = new Map<string, string>();
const EMPTY_SCOPE: Scope = { env: EMPTY_MAP, args: EMPTY_MAP, shell: ['/bin/sh', '-c'] };

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

/** BuildKit's `splitCommand`: the keyword is the first word, white space being blanks and tabs only. */
const KEYWORD = /^[^ \t\v\f\r]*/;

function buildInstruction(logical: LogicalLine, lines: string[], escapeChar: string, problems: ParseProblem[]): Instruction {
  const rawKeyword = KEYWORD.exec(logical.text)![0];
  const keyword = rawKeyword.toUpperCase();
  const afterKeyword = logical.text.slice(rawKeyword.length);

  let flagWords: string[] = [];
  let argsStart = rawKeyword.length + afterKeyword.length - afterKeyword.trimStart().length;
  if (FLAG_KEYWORDS.has(keyword)) {
    const split = extractFlags(afterKeyword, escapeChar);
    flagWords = split.flags;
    argsStart = rawKeyword.length + split.restOffset;
  }
  const args = logical.text.slice(argsStart).trim();
  const flags = flagWords.map((word) => toFlag(word, lines, logical.firstLine, logical.lastLine));

  const ins: Instruction = {
    keyword,
    rawKeyword,
    line: logical.firstLine + 1,
    endLine: logical.lastLine + 1,
    column: logical.column + 1,
    args,
    argsLines: shiftLineStarts(logical.starts, argsStart),
    emptyContinuationLines: logical.emptyLines,
    flags,
    execForm: null,
    heredocs: [],
    pairs: [],
    stage: -1,
    trigger: null,
    onbuildParent: null,
    scope: EMPTY_SCOPE,
  };
  fillForm(ins, escapeChar, problems);
  if (keyword === 'ONBUILD') ins.trigger = buildTrigger(ins, escapeChar, problems);
  readHeredocs(ins, logical, lines, problems);
  return ins;
}

/**
 * Reads the heredoc bodies after the instruction's lines, when BuildKit would (`canContainHeredoc`): a
 * RUN, COPY or ADD — or an ONBUILD whose trigger is one — in the shell form, whose line opens one.
 */
function readHeredocs(ins: Instruction, logical: LogicalLine, lines: string[], problems: ParseProblem[]): void {
  const checked = instructionToCheck(ins);
  if (!HEREDOC_KEYWORDS.has(checked.keyword) || checked.execForm !== null || !logical.text.includes('<<')) return;
  const markers = heredocMarkers(logical.text);
  if (markers.length === 0) return;
  const bodies = readHeredocBodies(lines, markers, logical.lastLine);
  if (bodies.unterminated) {
    problems.push({ line: ins.line, endLine: bodies.lastLine + 1, message: `unterminated heredoc <<${bodies.unterminated}` });
  }
  for (const target of ins.trigger ? [ins, ins.trigger] : [ins]) {
    target.heredocs = bodies.heredocs;
    target.endLine = bodies.lastLine + 1;
  }
}

function fillForm(ins: Instruction, escapeChar: string, problems: ParseProblem[]): void {
  switch (ins.keyword) {
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
    case 'COPY':
    case 'ADD':
    case 'VOLUME':
      ins.execForm = readExecForm(ins, ins.args, problems);
      break;
    case 'HEALTHCHECK': {
      const m = /^(cmd)\s+([\s\S]*)$/i.exec(ins.args);
      if (m) ins.execForm = readExecForm(ins, m[2]!, problems);
      break;
    }
    case 'ENV':
    case 'LABEL':
      ins.pairs = readNameValues(ins, escapeChar, problems);
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

/** The exec form of `text`; a JSON array holding anything but strings fails BuildKit's parser, so it is a problem. */
function readExecForm(ins: Instruction, text: string, problems: ParseProblem[]): string[] | null {
  const execForm = parseExecForm(text);
  if (execForm === null && text.trimStart().startsWith('[')) {
    const other = jsonArrayNonString(text);
    if (other !== undefined) {
      problems.push({
        line: ins.line,
        endLine: ins.endLine,
        message: `${ins.keyword}: a JSON array may hold only strings, and ${JSON.stringify(other)} is not one (BuildKit: "when using JSON array syntax, arrays must be comprised of strings only"): quote it`,
      });
    }
  }
  return execForm;
}

/** The first element of a JSON array that is not a string; undefined when `text` is no such array. */
function jsonArrayNonString(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.find((element) => typeof element !== 'string') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ENV and LABEL as BuildKit's `parseNameVal` reads them: `KEY=value …`, or the legacy `KEY value`
 * (everything after the key is the value). The first word decides the form; BuildKit refuses a `KEY=value`
 * list with a word lacking `=`, and a legacy key without a value.
 */
function readNameValues(ins: Instruction, escapeChar: string, problems: ParseProblem[]): KeyValue[] {
  const { keyword, args } = ins;
  const words = parseWords(args, escapeChar);
  if (words.length === 0) return [];
  const refuse = (message: string) => problems.push({ line: ins.line, endLine: ins.endLine, message });
  if (!words[0]!.includes('=')) {
    const m = /^(\S+)\s+([\s\S]*)$/.exec(args.trim());
    const key = m ? m[1]! : args.trim();
    const rawValue = m ? m[2]! : null;
    if (rawValue === null) {
      refuse(`${keyword} ${key} needs a value: BuildKit refuses the legacy form without one ("${keyword} must have two arguments"); write \`${keyword} ${key}=\` for an empty value`);
    }
    return [{ key, value: rawValue === null ? null : unquote(rawValue, escapeChar), rawValue, equals: false }];
  }
  const withoutEquals = words.find((word) => !word.includes('='));
  if (withoutEquals !== undefined) {
    refuse(
      `${keyword} mixes the two forms: ${JSON.stringify(withoutEquals)} has no "=" after a key=value pair, so BuildKit stops ("can't find = in ${JSON.stringify(withoutEquals)}"); ` +
        `write every pair as key=value, one ${keyword} per legacy pair otherwise`,
    );
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

function buildTrigger(parent: Instruction, escapeChar: string, problems: ParseProblem[]): Instruction | null {
  const rawKeyword = KEYWORD.exec(parent.args)![0];
  if (rawKeyword === '') return null;
  const keyword = rawKeyword.toUpperCase();
  let rest = parent.args.slice(rawKeyword.length);
  let flags: InstructionFlag[] = [];
  if (FLAG_KEYWORDS.has(keyword)) {
    const split = extractFlags(rest, escapeChar);
    flags = split.flags.map((w) => ({ ...flagParts(w), line: parent.line, column: parent.column }));
    rest = split.rest;
  }
  const args = rest.trim();
  const trigger: Instruction = {
    ...parent,
    keyword,
    rawKeyword,
    args,
    argsLines: shiftLineStarts(parent.argsLines, parent.args.length - args.length),
    flags,
    execForm: null,
    pairs: [],
    trigger: null,
    onbuildParent: parent,
  };
  fillForm(trigger, escapeChar, problems);
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

/** @param earlier the latest stage of each name before this one */
function resolveBase(stage: Stage, earlier: ReadonlyMap<string, Stage>, globals: Map<string, string | null>, escapeChar: string): void {
  const raw = stage.base.raw;
  const exp = expandWord(raw, mapLookup(globals), { escapeChar });
  const unresolved = [...exp.unmatched].filter((v) => !globals.has(v) || globals.get(v) === null);
  const expanded = exp.error ? raw : exp.result;
  // Unlike `--from`, FROM matches stage names case-sensitively against their lower-cased form, and
  // `scratch` only as written: BuildKit takes `FROM Builder` for an image name (and fails on it).
  const parent = earlier.get(expanded);
  let base: StageBase;
  if (parent && unresolved.length === 0) base = { kind: 'stage', stage: parent.index, raw };
  else if (expanded === 'scratch') base = { kind: 'scratch', raw };
  else {
    const parsed = unresolved.length === 0 && !exp.error ? parseImageRef(expanded) : null;
    base = { kind: 'image', raw, expanded, image: parsed && parsed.ok ? parsed.image : null, unresolved };
  }
  stage.base = base;
}

const stageNames = new WeakMap<Stage[], Map<string, Stage>>();

/** The first stage of a name (`--from` takes it), from an index built once per file. */
function firstStageNamed(stages: Stage[], id: string): Stage | undefined {
  let byName = stageNames.get(stages);
  if (!byName) {
    byName = new Map();
    for (const stage of stages) if (stage.name !== null && !byName.has(stage.id)) byName.set(stage.id, stage);
    stageNames.set(stages, byName);
  }
  return byName.get(id);
}

function resolveReference(
  value: string,
  ins: Instruction,
  stages: Stage[],
  escapeChar: string,
): DependencySource {
  let resolved = value;
  if (value.includes('$')) {
    // An ARG shadows an ENV of the same name, even one declared without a value.
    const { env, args } = ins.scope;
    const lookup = { get: (name: string) => (args.has(name) ? (args.get(name) ?? undefined) : env.get(name)) };
    const exp = expandWord(value, lookup, { escapeChar });
    if (exp.error || exp.unmatched.size > 0 || exp.result === '') return { kind: 'unknown', raw: value };
    resolved = exp.result;
  }
  const lower = resolved.toLowerCase();
  const byName = firstStageNamed(stages, lower);
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
  escapeChar: string,
  problems: ParseProblem[],
): void {
  if (instructions.length === 0) {
    problems.push({ line: 1, message: 'the file has no instructions' });
    return;
  }
  for (const ins of instructions) {
    const checked = instructionToCheck(ins);
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
    if (checked.keyword === 'EXPOSE') {
      const problem = exposeProtocolProblem(checked, escapeChar);
      // A trigger's EXPOSE is dispatched, and refused, only when an image is built FROM this one.
      if (problem) problems.push({ line: ins.line, endLine: ins.endLine, message: ins.trigger ? `in images built FROM this one, ${problem}` : problem });
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
    const baseProblem = unparsableBaseProblem(stage, stages, escapeChar);
    if (baseProblem) problems.push({ line: stage.from.line, endLine: stage.from.endLine, message: baseProblem });
  }
}

/** BuildKit's `splitProtoPort`: the protocols EXPOSE takes, in any case. */
const EXPOSE_PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/**
 * A protocol BuildKit stops the build on (`EXPOSE 80/http`), in the port specs whose value is known
 * here; a spec that depends on a build argument or the base image's ENV is left alone.
 */
function exposeProtocolProblem(expose: Instruction, escapeChar: string): string | null {
  for (const word of parseWords(expose.args, escapeChar)) {
    const expansion = expandWord(word, scopeLookup(expose.scope), { escapeChar });
    if (expansion.error || expansion.unmatched.size > 0) continue;
    for (const spec of expansion.words) {
      // `[ip:][hostPort:]containerPort[/proto]`: the protocol is whatever follows the first `/` of the last part.
      const containerPort = spec.slice(spec.lastIndexOf(':') + 1);
      const slash = containerPort.indexOf('/');
      const protocol = slash < 0 ? '' : containerPort.slice(slash + 1);
      if (protocol === '' || EXPOSE_PROTOCOLS.has(protocol.toLowerCase())) continue;
      const fixed = spec.slice(0, spec.length - protocol.length) + 'tcp';
      return `invalid protocol ${JSON.stringify(protocol)} in EXPOSE ${spec}: BuildKit takes tcp, udp or sctp and stops the build on anything else; write \`EXPOSE ${fixed}\` (application protocols such as HTTP run over TCP)`;
    }
  }
  return null;
}

/** Podman's and Buildah's image transports (`FROM oci-archive:./out.tar`): a file using them is not meant for BuildKit. */
const CONTAINERS_TRANSPORT = /^(?:containers-storage|dir|docker|docker-archive|docker-daemon|oci|oci-archive|sif|ostree):/;

/**
 * A FROM reference written without variables that is neither an earlier stage, `scratch`, nor a valid
 * image name: BuildKit fails resolving it ("failed to parse stage name"), whatever the build arguments.
 * With variables, the defaults decide: that is invalid-default-arg-in-from's finding.
 */
function unparsableBaseProblem(stage: Stage, stages: Stage[], escapeChar: string): string | null {
  const base = stage.base;
  if (base.kind !== 'image' || base.image !== null || base.raw === '' || referencedVariables(base.raw, escapeChar).length > 0) return null;
  if (CONTAINERS_TRANSPORT.test(base.expanded)) return null;
  const parsed = parseImageRef(base.expanded);
  if (parsed.ok) return null;
  const lower = base.expanded.toLowerCase();
  const meant = lower === 'scratch' || stages.some((s) => s.index < stage.index && s.id === lower);
  const fix = meant ? `; FROM names a stage (and scratch) only in lower case: write \`FROM ${lower}\`` : '';
  return `failed to parse stage name ${JSON.stringify(base.expanded)}: ${parsed.error}${fix}`;
}
