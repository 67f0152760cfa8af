import { baseNameOf, describeBuild, folderOf, placeBuild, unknownValueNotice } from './place.js';
import type { BuildDefinition, BuildDiscovery, RepoFiles } from './types.js';
import { isRecord, scalarText } from './values.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

/** The files `docker compose` finds by itself, in its order: it reads the first one present in a folder. */
const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
/** The override `docker compose` adds by itself to that file: the first one present. */
const DEFAULT_OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
/** Any other `compose.<name>.yaml` is a variant, used as `docker compose -f compose.yaml -f compose.<name>.yaml`. */
const OVERRIDE_NAME = /^(?:docker-)?compose\.[^/]+\.ya?ml$/;

/** A value as written, and where, so that a notice about it points at it. */
interface Located {
  value: string;
  file: string;
  line: number | null;
}

/** One service's `build`, merged over the files of a project as compose merges it. */
interface ServiceBuild {
  /** Where `build` was last written: the definition's source. */
  file: string;
  line: number | null;
  context?: Located;
  dockerfile?: Located;
  target?: Located;
  inline: boolean;
  /** null: declared without a value (`- KEY`, `KEY:`), which compose takes from the environment: left out. */
  args: Map<string, Located | null>;
  /** `additional_contexts` by name, values as written (null: declared without one). */
  contexts: Map<string, string | null>;
}

/**
 * Build definitions from the compose files of every folder: the file `docker compose` picks there,
 * with its default override merged in, and each other `compose.<name>.yaml` as a variant of it (a
 * variant adds only the services whose build it changes). Never throws; notices say what was not read.
 */
/** Whether a file name is one compose reads: `compose.yaml` and the other names, or an override (`compose.*.yaml`). */
export function isComposeFileName(name: string): boolean {
  return COMPOSE_FILE_NAMES.includes(name) || OVERRIDE_NAME.test(name);
}

export function readComposeFiles(files: RepoFiles): BuildDiscovery {
  const out: BuildDiscovery = { definitions: [], notices: [] };
  const folders = new Map<string, string[]>();
  for (const path of files.list()) {
    const name = baseNameOf(path);
    if (isComposeFileName(name)) folders.set(folderOf(path), [...(folders.get(folderOf(path)) ?? []), path]);
  }
  for (const [folder, paths] of [...folders].sort(([a], [b]) => a.localeCompare(b))) readComposeFolder(files, folder, paths, out);
  return out;
}

function readComposeFolder(files: RepoFiles, folder: string, paths: string[], out: BuildDiscovery): void {
  const named = (names: readonly string[]): string[] => names.flatMap((name) => paths.filter((path) => baseNameOf(path) === name));
  const [main, ...unused] = named(COMPOSE_FILE_NAMES);
  const [defaultOverride] = named(DEFAULT_OVERRIDE_NAMES);
  const variants = paths.filter((path) => !COMPOSE_FILE_NAMES.includes(baseNameOf(path)) && !DEFAULT_OVERRIDE_NAMES.includes(baseNameOf(path))).sort();
  if (!main) {
    for (const path of paths) out.notices.push({ file: path, line: null, message: `no ${COMPOSE_FILE_NAMES[0]} beside this override: not read` });
    return;
  }
  for (const path of unused) out.notices.push({ file: path, line: null, message: `docker compose reads ${baseNameOf(main)} instead of this file: not read` });

  const layers = new Map<string, Map<string, ServiceBuild> | null>();
  const layer = (path: string): Map<string, ServiceBuild> | null => {
    if (!layers.has(path)) {
      const text = files.read(path);
      const yaml = text === null ? null : readYamlFile(path, text, out);
      layers.set(path, yaml ? serviceBuildsOf(path, yaml, out) : null);
    }
    return layers.get(path)!;
  };
  const project = (chain: string[]): BuildDiscovery | null => {
    const read = chain.map(layer);
    if (read.some((builds) => builds === null)) return null;
    const merged = new Map<string, ServiceBuild>();
    for (const builds of read as Map<string, ServiceBuild>[]) {
      for (const [service, build] of builds) merged.set(service, mergeBuild(merged.get(service), build));
    }
    const result: BuildDiscovery = { definitions: [], notices: [] };
    for (const [service, build] of merged) placeServiceBuild(service, build, folder, result);
    return result;
  };

  const standard = project(defaultOverride ? [main, defaultOverride] : [main]);
  if (!standard) return;
  out.definitions.push(...standard.definitions);
  out.notices.push(...standard.notices);
  const sameBuild = (a: BuildDefinition, b: BuildDefinition): boolean =>
    a.name === b.name && a.dockerfile === b.dockerfile && a.context === b.context && JSON.stringify([a.targets, a.args]) === JSON.stringify([b.targets, b.args]);
  for (const variant of variants) {
    const result = project([main, variant]);
    if (!result) continue;
    out.definitions.push(...result.definitions.filter((definition) => !standard.definitions.some((known) => sameBuild(known, definition))));
    // A variant repeats the notices of the main file; only its own are news.
    out.notices.push(...result.notices.filter((notice) => notice.file === variant));
  }
}

/** The `build` of every service one file writes (a service without `build` there has none from this file). */
function serviceBuildsOf(file: string, yaml: YamlFile, out: BuildDiscovery): Map<string, ServiceBuild> {
  const builds = new Map<string, ServiceBuild>();
  const services = isRecord(yaml.value) ? yaml.value.services : undefined;
  if (!isRecord(services)) return builds;
  for (const [service, definition] of Object.entries(services)) {
    if (!isRecord(definition) || definition.build === undefined || definition.build === null) continue;
    const at = (...path: (string | number)[]): number | null => yaml.lineOf(['services', service, 'build', ...path]);
    const located = (value: string, ...path: (string | number)[]): Located => ({ value, file, line: at(...path) });
    const build: ServiceBuild = { file, line: at(), inline: false, args: new Map(), contexts: new Map() };
    const short = scalarText(definition.build);
    if (short !== null) {
      build.context = located(short);
    } else if (isRecord(definition.build)) {
      const fields = definition.build;
      for (const key of ['context', 'dockerfile', 'target'] as const) {
        if (fields[key] === undefined || fields[key] === null) continue;
        const text = scalarText(fields[key]);
        if (text === null) out.notices.push({ file, line: at(key), message: `${describeBuild('compose', service)}: build.${key} is not a string: left out` });
        else build[key] = located(text, key);
      }
      build.inline = fields.dockerfile_inline !== undefined && fields.dockerfile_inline !== null;
      readArgs(fields.args, (key, value, ...path) => build.args.set(key, value === null ? null : located(value, 'args', ...path)));
      // `additional_contexts` as a mapping (`name: path`) or a list (`- name=path`), like args.
      readArgs(fields.additional_contexts, (key, value) => build.contexts.set(key, value));
    } else {
      out.notices.push({ file, line: at(), message: `${describeBuild('compose', service)}: build is neither a path nor a mapping: not read` });
      continue;
    }
    builds.set(service, build);
  }
  return builds;
}

/** `args:` as a mapping (`KEY: value`) or a list (`- KEY=value`); a key without a value comes from the environment. */
function readArgs(args: unknown, set: (key: string, value: string | null, ...path: (string | number)[]) => void): void {
  if (Array.isArray(args)) {
    args.forEach((item, index) => {
      const text = scalarText(item);
      if (text === null || text.trim() === '') return;
      const equals = text.indexOf('=');
      if (equals < 0) set(text.trim(), null, index);
      else set(text.slice(0, equals).trim(), text.slice(equals + 1), index);
    });
  } else if (isRecord(args)) {
    for (const [key, value] of Object.entries(args)) set(key, scalarText(value), key);
  }
}

/** Compose's merge of `build` across files: a later file's fields replace earlier ones, args merge key by key. */
function mergeBuild(base: ServiceBuild | undefined, later: ServiceBuild): ServiceBuild {
  if (!base) return later;
  return {
    file: later.file,
    line: later.line,
    context: later.context ?? base.context,
    dockerfile: later.dockerfile ?? base.dockerfile,
    target: later.target ?? base.target,
    inline: later.inline || base.inline,
    args: new Map([...base.args, ...later.args]),
    contexts: new Map([...base.contexts, ...later.contexts]),
  };
}

function placeServiceBuild(service: string, build: ServiceBuild, folder: string, out: BuildDiscovery): void {
  const who = describeBuild('compose', service);
  let dropped = false;
  const resolve = (field: Located | undefined, label: string, dropsDefinition: boolean): string | undefined => {
    if (!field) return undefined;
    const result = interpolateWithDefaults(field.value);
    if ('value' in result) return result.value;
    out.notices.push(unknownValueNotice(field, who, label, field.value, `needs ${result.unknown}, which has no default here`, dropsDefinition));
    dropped ||= dropsDefinition;
    return undefined;
  };
  const context = resolve(build.context, 'build.context', true);
  const dockerfile = resolve(build.dockerfile, 'build.dockerfile', true);
  if (dropped) return;
  const target = resolve(build.target, 'build.target', false);
  const args: Record<string, string> = {};
  for (const [key, field] of build.args) {
    const value = field ? resolve(field, `build.args.${key}`, false) : undefined;
    if (value !== undefined) args[key] = value;
  }
  placeBuild(
    {
      source: { file: build.file, line: build.line, kind: 'compose' },
      name: service,
      baseFolder: folder,
      context,
      dockerfile,
      dockerfileRelativeTo: 'context',
      target,
      args,
      // A value that needs the environment still names a context, of unknown content: no notice, nothing is left out.
      namedContexts: new Map([...build.contexts].map(([name, value]): [string, string | null] => [name, value === null ? null : knownOrNull(interpolateWithDefaults(value))])),
      inlineDockerfile: build.inline,
    },
    out,
  );
}

export type Interpolated = { value: string } | { unknown: string };

/** An interpolated value, or null when it needs the environment. */
function knownOrNull(interpolated: Interpolated): string | null {
  return 'value' in interpolated ? interpolated.value : null;
}

/**
 * Compose's `$` interpolation with an empty environment, so that only what the file itself says counts:
 * `${VAR:-default}` and `${VAR-default}` give their default (which may interpolate in turn),
 * `${VAR:+alt}` and `${VAR+alt}` give '', `$$` is a `$`; `$VAR`, `${VAR}` and `${VAR:?err}` would
 * need the environment, so the result is unknown, naming the variable.
 */
export function interpolateWithDefaults(text: string): Interpolated {
  let value = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) break;
    value += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      value += '$';
      i = dollar + 2;
    } else if (next === '{') {
      const close = closingBrace(text, dollar + 2);
      if (close < 0) return { unknown: text.slice(dollar) };
      const expansion = expandBraced(text.slice(dollar + 2, close));
      if ('unknown' in expansion) return expansion;
      value += expansion.value;
      i = close + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(dollar + 1))?.[0];
      if (name) return { unknown: name };
      value += '$';
      i = dollar + 1;
    }
  }
  return { value: value + text.slice(i) };
}

/** The inside of `${…}`, the environment being empty. */
function expandBraced(inner: string): Interpolated {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?::?([-+?])([\s\S]*))?$/.exec(inner);
  if (!match) return { unknown: `\${${inner}}` };
  const [, name, operator, operand] = match;
  if (operator === '-') return interpolateWithDefaults(operand!);
  if (operator === '+') return { value: '' };
  return { unknown: name! };
}

/** The index of the `}` closing a `${` whose inside starts at `from`, counting nested `${…}`; -1 when unclosed. */
function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
