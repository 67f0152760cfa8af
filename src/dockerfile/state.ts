import { expandWord, type VariableLookup } from './expand.js';
import { ScopeMap } from './scope-map.js';
import type { Instruction, Scope, Stage, StageState } from './types.js';

const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

function defaultState(stage: Stage): StageState {
  // A scratch image has no WORKDIR or USER set: BuildKit starts at / as root.
  const scratch = stage.base.kind === 'scratch';
  return { shell: DEFAULT_SHELL, shellLine: null, workdir: scratch ? '/' : null, user: null, userLine: null, env: ScopeMap.empty() };
}

/** `map` with `pairs` set, sharing its history rather than copying it (see ScopeMap). */
function extended<V>(map: ReadonlyMap<string, V>, pairs: Iterable<readonly [string, V]>): ScopeMap<V> {
  return (map instanceof ScopeMap ? map : ScopeMap.empty<V>().with(map)).with(pairs);
}

/**
 * Walks every stage in order and records, on each instruction, the variables it can use, and on each
 * stage what it inherits (`initial`) and passes on (`final`). ENV, SHELL, WORKDIR and USER flow from a
 * stage to the stages built FROM it; ARGs do not (they are not part of the image).
 *
 * @param globalDefaults the global ARGs' defaults: an in-stage `ARG NAME` without a value takes them.
 */
export function buildStageStates(stages: Stage[], globalDefaults: ReadonlyMap<string, string | null>, escapeChar: string): void {
  for (const stage of stages) {
    const parent = stage.base.kind === 'stage' ? stages[stage.base.stage] : undefined;
    const initial = parent ? parent.final : defaultState(stage);
    stage.initial = initial;
    const noArgs = ScopeMap.empty<string | null>();
    stage.from.scope = { env: initial.env, args: noArgs, shell: initial.shell };

    let state: StageState = initial;
    let scope: Scope = { env: initial.env, args: noArgs, shell: initial.shell };
    for (const ins of stage.instructions) {
      ins.scope = scope;
      if (ins.trigger) ins.trigger.scope = scope;
      const next = apply(ins, state, scope, globalDefaults, escapeChar);
      state = next.state;
      scope = next.scope;
    }
    stage.final = state;
  }
}

function lookupOf(scope: Scope): VariableLookup {
  return {
    get(name: string): string | undefined {
      const arg = scope.args.get(name);
      if (arg !== undefined && arg !== null) return arg;
      return scope.env.get(name);
    },
  };
}

function expandValue(raw: string, scope: Scope, escapeChar: string): string {
  const exp = expandWord(raw, lookupOf(scope), { escapeChar, keepUnset: true });
  return exp.error ? raw : exp.result;
}

function apply(
  ins: Instruction,
  state: StageState,
  scope: Scope,
  globalDefaults: ReadonlyMap<string, string | null>,
  escapeChar: string,
): { state: StageState; scope: Scope } {
  switch (ins.keyword) {
    case 'ARG': {
      const args = extended(
        scope.args,
        ins.pairs.map((pair): [string, string | null] => {
          if (pair.rawValue !== null) return [pair.key, expandValue(pair.rawValue, scope, escapeChar)];
          return [pair.key, globalDefaults.get(pair.key) ?? null];
        }),
      );
      return { state, scope: { ...scope, args } };
    }
    case 'ENV': {
      const env = extended(
        state.env,
        ins.pairs.map((pair): [string, string] => [pair.key, pair.rawValue === null ? '' : expandValue(pair.rawValue, scope, escapeChar)]),
      );
      return { state: { ...state, env }, scope: { ...scope, env } };
    }
    case 'SHELL':
      if (ins.execForm && ins.execForm.length > 0) {
        return { state: { ...state, shell: ins.execForm, shellLine: ins.line }, scope: { ...scope, shell: ins.execForm } };
      }
      return { state, scope };
    case 'WORKDIR': {
      const dir = expandValue(ins.args, scope, escapeChar);
      let workdir: string | null;
      if (dir.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(dir)) workdir = normalizePath(dir);
      else workdir = state.workdir === null ? null : normalizePath(`${state.workdir}/${dir}`);
      return { state: { ...state, workdir }, scope };
    }
    case 'USER':
      return { state: { ...state, user: expandValue(ins.args, scope, escapeChar), userLine: ins.line }, scope };
    default:
      return { state, scope };
  }
}

function normalizePath(path: string): string {
  if (/^[a-zA-Z]:/.test(path)) return path;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** ENV and ARG values an instruction sees, for expanding its words. */
export const scopeLookup = lookupOf;
