import type { BakeBlock, BakeProject, ResolvedBakeTarget } from './bake.js';
import { describeBuild, unknownValueNotice } from './place.js';
import type { BuildDiscovery } from './types.js';
import { isRecord, scalarText } from './values.js';

/**
 * Bake without buildx: what the files alone say. Variables take their defaults (bake, run with the
 * empty environment `BakePrinter` gives it, would do the same; one without a default is ''), `${NAME}`
 * and `${matrix_item.field}` are substituted, `inherits` is followed (chains too) and a `matrix` of
 * literal lists is expanded. Anything else in `${…}` (functions, operators, conditionals) is left out
 * with a notice: buildx is what evaluates it.
 */
export function evaluateBakeTargets(project: BakeProject, names: readonly string[], out: BuildDiscovery): ResolvedBakeTarget[] {
  const evaluator = new BakeEvaluator(project, out);
  return names.flatMap((name) => evaluator.expand(name));
}

type Evaluated = { value: string } | { unknown: string };
/** Matrix values in scope while one expansion of a target is evaluated. */
type Scope = ReadonlyMap<string, unknown>;
const NO_SCOPE: Scope = new Map();

const WITHOUT_BUILDX = 'cannot be evaluated without buildx';
/** Past this many combinations a matrix is taken as hostile: bake itself would build that many images. */
const MAX_MATRIX_COMBINATIONS = 256;
/** Variables whose defaults repeat each other (`A = "${B}${B}"`, …) double at every step; past this, a value is refused. */
const MAX_VALUE_LENGTH = 64 * 1024;

/** One attribute as written, what it evaluates to, and the block that wrote it (for the notice). */
interface Field {
  written: string;
  evaluated: Evaluated;
  block: BakeBlock;
}

interface TargetFields {
  context?: Field;
  dockerfile?: Field;
  target?: Field;
  inline: boolean;
  args: Map<string, Field>;
  /** `contexts` by name (undefined: a null value, as bake reads it). */
  contexts: Map<string, Field | undefined>;
}

class BakeEvaluator {
  private readonly variables = new Map<string, Evaluated>();
  private readonly evaluating = new Set<string>();
  /** Parents are evaluated without a matrix, once each, however many targets inherit them. */
  private readonly parents = new Map<string, TargetFields | string>();

  constructor(
    private readonly project: BakeProject,
    private readonly out: BuildDiscovery,
  ) {}

  /** Every target one name stands for (one per matrix combination), with unknown values left out and said. */
  expand(name: string): ResolvedBakeTarget[] {
    const block = this.project.targets.get(name)!;
    const who = describeBuild('bake', name);
    const refuse = (why: string): [] => {
      this.out.notices.push({ file: block.file, line: block.line, message: `${who} ${why}: not read` });
      return [];
    };
    const combinations = this.matrixCombinations(block.attributes.matrix);
    if (typeof combinations === 'string') return refuse(combinations);
    if (combinations.length > 1 && block.attributes.name === undefined) return refuse('has a matrix but no `name` for its targets');
    const resolved: ResolvedBakeTarget[] = [];
    for (const scope of combinations) {
      const expandedName = block.attributes.name === undefined ? { value: name } : this.evaluate(block.attributes.name, scope);
      if (!expandedName || 'unknown' in expandedName) return refuse(`has a \`name\` that ${expandedName ? expandedName.unknown : 'is empty'}`);
      const fields = this.fields(name, scope, []);
      if (typeof fields === 'string') return refuse(fields);
      const target = this.known(fields, describeBuild('bake', expandedName.value), expandedName.value, block);
      if (target) resolved.push(target);
    }
    return resolved;
  }

  /** A target's fields: its parents' in `inherits` order, then its own, evaluated in `scope`; or why they cannot be had. */
  private fields(name: string, scope: Scope, chain: readonly string[]): TargetFields | string {
    const block = this.project.targets.get(name);
    if (!block) return `inherits ${name}, which does not exist`;
    if (chain.includes(name)) return `inherits in a cycle (${[...chain, name].join(' → ')})`;
    const merged: TargetFields = { inline: false, args: new Map(), contexts: new Map() };
    const inherits = block.attributes.inherits;
    if (inherits !== undefined && !Array.isArray(inherits)) return `has \`inherits\` that ${WITHOUT_BUILDX}`;
    for (const written of inherits ?? []) {
      const parent = this.evaluate(written, scope);
      if (!parent || 'unknown' in parent) return `inherits ${JSON.stringify(written)}, which ${parent ? parent.unknown : 'is empty'}`;
      if (this.project.targets.get(parent.value)?.attributes.matrix !== undefined) return `inherits ${parent.value}, whose matrix needs buildx`;
      const fields = this.parentFields(parent.value, [...chain, name]);
      if (typeof fields === 'string') return fields;
      mergeFields(merged, fields);
    }
    const own: TargetFields = {
      inline: block.attributes['dockerfile-inline'] !== undefined && block.attributes['dockerfile-inline'] !== null,
      args: new Map(),
      contexts: new Map(),
    };
    for (const key of ['context', 'dockerfile', 'target'] as const) own[key] = this.field(block.attributes[key], scope, block);
    for (const [key, raw] of Object.entries(isRecord(block.attributes.args) ? block.attributes.args : {})) {
      const field = this.field(raw, scope, block);
      if (field) own.args.set(key, field);
    }
    for (const [key, raw] of Object.entries(isRecord(block.attributes.contexts) ? block.attributes.contexts : {})) own.contexts.set(key, this.field(raw, scope, block));
    mergeFields(merged, own);
    return merged;
  }

  private parentFields(name: string, chain: readonly string[]): TargetFields | string {
    if (chain.includes(name)) return this.fields(name, NO_SCOPE, chain);
    if (!this.parents.has(name)) this.parents.set(name, this.fields(name, NO_SCOPE, chain));
    return this.parents.get(name)!;
  }

  private field(raw: unknown, scope: Scope, block: BakeBlock): Field | undefined {
    const evaluated = this.evaluate(raw, scope);
    return evaluated ? { written: scalarText(raw) ?? JSON.stringify(raw), evaluated, block } : undefined;
  }

  /** Fields to a resolved target; an unknown context or Dockerfile drops it, other unknowns are left out. */
  private known(fields: TargetFields, who: string, name: string, block: BakeBlock): ResolvedBakeTarget | null {
    let dropped = false;
    const value = (field: Field | undefined, label: string, dropsDefinition: boolean): string | undefined => {
      if (!field) return undefined;
      if ('value' in field.evaluated) return field.evaluated.value;
      this.out.notices.push(unknownValueNotice(field.block, who, label, field.written, field.evaluated.unknown, dropsDefinition));
      dropped ||= dropsDefinition;
      return undefined;
    };
    const context = value(fields.context, 'context', true);
    const dockerfile = value(fields.dockerfile, 'dockerfile', true);
    if (dropped) return null;
    const target = value(fields.target, 'target', false);
    const args: Record<string, string> = {};
    for (const [key, field] of fields.args) {
      const arg = value(field, `args.${key}`, false);
      if (arg !== undefined) args[key] = arg;
    }
    // A context whose value is not known here is still a context (`FROM node` is not the node image), of unknown content.
    const namedContexts = new Map([...fields.contexts].map(([key, field]): [string, string | null] => [key, field && 'value' in field.evaluated ? field.evaluated.value : null]));
    return { name, block, context, dockerfile, target, inline: fields.inline, args, namedContexts };
  }

  /** Each combination of a matrix of literal lists as a scope; or why the matrix cannot be expanded. */
  private matrixCombinations(matrix: unknown): Scope[] | string {
    if (matrix === undefined || matrix === null) return [NO_SCOPE];
    if (!isRecord(matrix)) return `has a matrix that ${WITHOUT_BUILDX}`;
    let combinations: Map<string, unknown>[] = [new Map()];
    for (const [key, values] of Object.entries(matrix)) {
      if (!Array.isArray(values)) return `has a matrix whose ${key} is not a literal list, which needs buildx`;
      const literal: unknown[] = [];
      for (const value of values) {
        const item = isRecord(value) ? this.literalObject(value) : this.evaluate(value, NO_SCOPE);
        if (!item || 'unknown' in item) return `has a matrix whose ${key} holds a value that ${item?.unknown ?? 'is empty'}`;
        literal.push('object' in item ? item.object : item.value);
      }
      combinations = combinations.flatMap((scope) => literal.map((value) => new Map([...scope, [key, value]])));
      if (combinations.length > MAX_MATRIX_COMBINATIONS) return `has a matrix of more than ${MAX_MATRIX_COMBINATIONS} combinations`;
    }
    return combinations;
  }

  /** A matrix item written as an object (`{ tgt = "a", ver = "1" }`): each field evaluated, or the first unknown. */
  private literalObject(object: Record<string, unknown>): { object: Record<string, string> } | { unknown: string } {
    const result: Record<string, string> = {};
    for (const [key, raw] of Object.entries(object)) {
      const evaluated = this.evaluate(raw, NO_SCOPE);
      if (!evaluated) continue;
      if ('unknown' in evaluated) return evaluated;
      result[key] = evaluated.value;
    }
    return { object: result };
  }

  /** An attribute's value as text; null when absent or null (bake's "not set"). */
  private evaluate(raw: unknown, scope: Scope): Evaluated | null {
    if (raw === undefined || raw === null) return null;
    if (typeof raw === 'string') return this.template(raw, scope);
    const text = scalarText(raw);
    return text === null ? { unknown: 'is not a string' } : { value: text };
  }

  /** An HCL string template: `$${` and `%%{` are escapes, `${name}` and `${item.field}` are substituted. */
  private template(text: string, scope: Scope): Evaluated {
    let value = '';
    let i = 0;
    while (i < text.length) {
      if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
        value += text.slice(i + 1, i + 3);
        i += 3;
      } else if (text.startsWith('${', i) || text.startsWith('%{', i)) {
        const close = text.indexOf('}', i);
        const expression = close < 0 ? '' : text.slice(i + 2, close).replace(/^~|~$/g, '').trim();
        const reference = text[i] === '$' ? this.reference(expression, scope) : { unknown: WITHOUT_BUILDX };
        if ('unknown' in reference) return reference;
        value += reference.value;
        i = close + 1;
      } else {
        value += text[i];
        i++;
      }
      if (value.length > MAX_VALUE_LENGTH) return { unknown: `is longer than ${MAX_VALUE_LENGTH / 1024} KiB once evaluated` };
    }
    return { value };
  }

  /** `name` (a matrix value or a variable) or `item.field` (a field of a matrix object). */
  private reference(expression: string, scope: Scope): Evaluated {
    const match = /^([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*)*)$/.exec(expression);
    if (!match) return { unknown: WITHOUT_BUILDX };
    const [, root, path] = match as unknown as [string, string, string];
    if (scope.has(root)) {
      let value: unknown = scope.get(root);
      for (const key of path.split('.').slice(1)) value = isRecord(value) ? value[key] : undefined;
      const text = scalarText(value);
      return text === null ? { unknown: WITHOUT_BUILDX } : { value: text };
    }
    if (path) return { unknown: WITHOUT_BUILDX };
    if (!this.project.variables.has(root)) return { unknown: `needs ${root}, which is not declared` };
    return this.variable(root);
  }

  private variable(name: string): Evaluated {
    const known = this.variables.get(name);
    if (known) return known;
    if (this.evaluating.has(name)) return { unknown: `needs ${name}, whose default refers to itself` };
    this.evaluating.add(name);
    const value = this.evaluate(this.project.variables.get(name), NO_SCOPE) ?? { value: '' };
    this.evaluating.delete(name);
    this.variables.set(name, value);
    return value;
  }
}

/** bake's `Target.Merge`: a later field replaces an earlier one, args merge key by key. */
function mergeFields(into: TargetFields, later: TargetFields): void {
  into.context = later.context ?? into.context;
  into.dockerfile = later.dockerfile ?? into.dockerfile;
  into.target = later.target ?? into.target;
  into.inline ||= later.inline;
  for (const [key, field] of later.args) into.args.set(key, field);
  for (const [name, field] of later.contexts) into.contexts.set(name, field);
}
