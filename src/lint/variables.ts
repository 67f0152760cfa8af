import { SCRATCH_ENV_KEYS, baseImageEnvKeys } from '../dockerfile/base-images.js';
import { ScopeMap } from '../dockerfile/scope-map.js';
import { ancestry, expandWord, PLATFORM_ARG_DEFAULTS, referencedVariables, type Dockerfile, type Instruction, type Stage } from '../dockerfile/index.js';

/**
 * The variables BuildKit expands instruction words with, as `docker build --check` sees them (no
 * build arguments given), for the checks that depend on them.
 */

/** The predefined arguments of a file: the platform ones and TARGETSTAGE (the last stage without `--target`). */
function predefinedArgs(df: Dockerfile): Map<string, string> {
  const target = df.stages[df.stages.length - 1]?.name?.toLowerCase() || 'default';
  return new Map([...PLATFORM_ARG_DEFAULTS, ['TARGETSTAGE', target]]);
}

export interface FromArguments {
  /** Values FROM lines expand with: the predefined arguments, then the global ARGs' defaults. */
  values: Map<string, string>;
  /** Every name a FROM line may use without UndefinedArgInFrom: predefined and global ARGs, with or without a default. */
  declared: Set<string>;
  /** A global ARG default BuildKit cannot expand: it fails the build before any FROM is checked. */
  broken: boolean;
}

const fromArgumentsCache = new WeakMap<Dockerfile, FromArguments>();

/** BuildKit's `buildMetaArgs` with no build arguments (computed once per file). */
export function fromArguments(df: Dockerfile): FromArguments {
  const cached = fromArgumentsCache.get(df);
  if (cached) return cached;
  const computed = computeFromArguments(df);
  fromArgumentsCache.set(df, computed);
  return computed;
}

function computeFromArguments(df: Dockerfile): FromArguments {
  const values = predefinedArgs(df);
  const declared = new Set(values.keys());
  let broken = false;
  for (const arg of df.globalArgs) {
    declared.add(arg.name);
    if (arg.defaultValue === null) continue;
    const expansion = expandWord(arg.defaultValue, { get: (name) => values.get(name) }, { escapeChar: df.escapeChar });
    if (expansion.error) broken = true;
    values.set(arg.name, expansion.result);
  }
  return { values, declared, broken };
}

/** What an instruction's words can refer to. */
export interface StageVariables {
  /** Variables with a value (ENV, ARG with a value, the base image's ENV): name → value, null when not known here. */
  readonly values: { get(name: string): string | null | undefined; has(name: string): boolean };
  /** ARGs declared without a value: BuildKit never calls them undefined, and their value comes from build arguments. */
  readonly declared: { has(name: string): boolean };
  /** Whether the base image's ENV is known; when not, any name may be defined by it. */
  readonly baseKnown: boolean;
  /** The names with a value in the order they were defined (BuildKit's "did you mean" candidates). */
  readonly order: Iterable<string>;
}

/**
 * The variables as a stage's instructions change them. Each instruction's view is a version of shared
 * histories (ScopeMap), not a copy: a stage of 20,000 ARG + RUN pairs costs 20,000 sets, not 200 million
 * copied entries.
 */
class VariableState {
  private values = ScopeMap.empty<string | null>();
  private declared = ScopeMap.empty<true>();
  private frozen: StageVariables | null = null;

  constructor(readonly baseKnown: boolean) {}

  /** A state that goes on from this one (sharing its maps: they never change). */
  clone(): VariableState {
    const copy = new VariableState(this.baseKnown);
    copy.values = this.values;
    copy.declared = this.declared;
    return copy;
  }

  define(pairs: readonly (readonly [string, string | null])[]): void {
    if (pairs.length === 0) return;
    this.values = this.values.with(pairs);
    this.frozen = null;
  }

  declare(name: string): void {
    this.declared = this.declared.with([[name, true]]);
    this.frozen = null;
  }

  snapshot(): StageVariables {
    const values = this.values;
    // A ScopeMap keeps its names in the order they were first set: the definition order.
    this.frozen ??= { values, declared: this.declared, baseKnown: this.baseKnown, order: { [Symbol.iterator]: () => values.keys() } };
    return this.frozen;
  }
}

/**
 * Calls `visit` for each instruction of `stage` with the variables in effect before it. Unlike the
 * model's scopes, ARGs of the stages it is built FROM count too: BuildKit carries them to child stages
 * in the build state.
 */
export function forEachInstructionVariables(
  df: Dockerfile,
  stage: Stage,
  visit: (instruction: Instruction, variables: StageVariables) => void,
): void {
  let entries = stageVariablesCache.get(stage);
  if (!entries) {
    entries = computeStageVariables(df, stage);
    stageVariablesCache.set(stage, entries);
  }
  for (const entry of entries) visit(entry.instruction, entry.variables);
}

/** Several rules walk the same stages: the walk is done once per stage. */
const stageVariablesCache = new WeakMap<Stage, { instruction: Instruction; variables: StageVariables }[]>();

/** The variables after each stage's last instruction: where the stages built FROM it start. */
const finalStateCache = new WeakMap<Stage, VariableState>();

function computeStageVariables(df: Dockerfile, stage: Stage): { instruction: Instruction; variables: StageVariables }[] {
  const entries: { instruction: Instruction; variables: StageVariables }[] = [];
  const chain = ancestry(df, stage).reverse();
  const globals = fromArguments(df);
  // Start from the nearest stage built before whose end is known: a chain of stages each built FROM
  // the one before walks each stage once, not its whole ancestry again.
  let start = chain.length - 2;
  while (start >= 0 && !finalStateCache.has(chain[start]!)) start--;
  let state: VariableState;
  if (start >= 0) state = finalStateCache.get(chain[start]!)!.clone();
  else {
    const root = chain[0]!;
    const baseKeys = root.base.kind === 'scratch' ? SCRATCH_ENV_KEYS : root.base.kind === 'image' ? baseImageEnvKeys(root.base.image) : null;
    state = new VariableState(baseKeys !== null);
    state.define([...(baseKeys ?? SCRATCH_ENV_KEYS)].map((key) => [key, null] as const));
  }

  for (const current of chain.slice(start + 1)) {
    for (const ins of current.instructions) {
      if (current === stage) entries.push({ instruction: ins, variables: state.snapshot() });
      apply(ins, state, globals, df.escapeChar);
    }
    if (!finalStateCache.has(current)) finalStateCache.set(current, state.clone());
  }
  return entries;
}

function apply(ins: Instruction, state: VariableState, globals: FromArguments, escapeChar: string): void {
  if (ins.keyword === 'ENV') {
    // Every pair of one ENV expands against the variables from before it.
    const before = state.snapshot();
    state.define(ins.pairs.map((pair) => [pair.key, resolveWord(pair.rawValue ?? '', before, escapeChar)] as const));
  } else if (ins.keyword === 'ARG') {
    // Each pair of one ARG sees the pairs before it.
    for (const pair of ins.pairs) {
      if (pair.rawValue !== null) state.define([[pair.key, resolveWord(pair.rawValue, state.snapshot(), escapeChar)]]);
      else if (hasGlobalDefault(globals, pair.key)) state.define([[pair.key, globals.values.get(pair.key)!]]);
      else state.declare(pair.key);
    }
  }
}

/**
 * A global ARG with a default gives an in-stage `ARG NAME` its value. The predefined ones are left
 * unknown: they change with the platform and target of each build.
 */
function hasGlobalDefault(globals: FromArguments, name: string): boolean {
  return globals.values.has(name) && !PLATFORM_ARG_DEFAULTS.has(name) && name !== 'TARGETSTAGE';
}

/** Whether BuildKit would find `name` when expanding: defined, declared, or possibly from an unknown base image. */
export function isKnownName(name: string, variables: StageVariables): boolean {
  return variables.values.has(name) || variables.declared.has(name) || !variables.baseKnown;
}

/**
 * A word after BuildKit's expansion, or null when it depends on a value only the build knows (a build
 * argument, the base image's ENV).
 */
export function resolveWord(word: string, variables: StageVariables, escapeChar: string): string | null {
  for (const name of referencedVariables(word, escapeChar)) {
    const value = variables.values.get(name);
    if (value === null) return null;
    if (value === undefined && (variables.declared.has(name) || !variables.baseKnown)) return null;
  }
  const lookup = { get: (name: string) => variables.values.get(name) ?? undefined };
  const expansion = expandWord(word, lookup, { escapeChar });
  return expansion.error ? null : expansion.result;
}
