import { SCRATCH_ENV_KEYS, baseImageEnvKeys } from '../dockerfile/base-images.js';
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
  readonly values: ReadonlyMap<string, string | null>;
  /** ARGs declared without a value: BuildKit never calls them undefined, and their value comes from build arguments. */
  readonly declared: ReadonlySet<string>;
  /** Whether the base image's ENV is known; when not, any name may be defined by it. */
  readonly baseKnown: boolean;
  /** The names with a value in the order they were defined (BuildKit's "did you mean" candidates). */
  readonly order: readonly string[];
}

class VariableState implements StageVariables {
  values = new Map<string, string | null>();
  declared = new Set<string>();
  order: string[] = [];
  /** The last snapshot, shared by every instruction until ENV or ARG changes something. */
  private frozen: StageVariables | null = null;

  constructor(readonly baseKnown: boolean) {}

  define(name: string, value: string | null): void {
    if (!this.values.has(name)) this.order.push(name);
    this.values.set(name, value);
    this.frozen = null;
  }

  declare(name: string): void {
    this.declared.add(name);
    this.frozen = null;
  }

  snapshot(): StageVariables {
    this.frozen ??= { values: new Map(this.values), declared: new Set(this.declared), baseKnown: this.baseKnown, order: [...this.order] };
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

function computeStageVariables(df: Dockerfile, stage: Stage): { instruction: Instruction; variables: StageVariables }[] {
  const entries: { instruction: Instruction; variables: StageVariables }[] = [];
  const chain = ancestry(df, stage).reverse();
  const root = chain[0]!;
  const baseKeys = root.base.kind === 'scratch' ? SCRATCH_ENV_KEYS : root.base.kind === 'image' ? baseImageEnvKeys(root.base.image) : null;
  const state = new VariableState(baseKeys !== null);
  for (const key of baseKeys ?? SCRATCH_ENV_KEYS) state.define(key, null);
  const globals = fromArguments(df);

  for (const current of chain) {
    for (const ins of current.instructions) {
      if (current === stage) entries.push({ instruction: ins, variables: state.snapshot() });
      apply(ins, state, globals, df.escapeChar);
    }
  }
  return entries;
}

function apply(ins: Instruction, state: VariableState, globals: FromArguments, escapeChar: string): void {
  if (ins.keyword === 'ENV') {
    // Every pair of one ENV expands against the variables from before it.
    const before = state.snapshot();
    for (const pair of ins.pairs) state.define(pair.key, resolveWord(pair.rawValue ?? '', before, escapeChar));
  } else if (ins.keyword === 'ARG') {
    for (const pair of ins.pairs) {
      if (pair.rawValue !== null) state.define(pair.key, resolveWord(pair.rawValue, state, escapeChar));
      else if (hasGlobalDefault(globals, pair.key)) state.define(pair.key, globals.values.get(pair.key)!);
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
