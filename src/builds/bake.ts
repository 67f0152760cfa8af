import { evaluateBakeTargets } from './bake-evaluate.js';
import { parseHcl } from './hcl.js';
import { MAX_BUILD_FILE_BYTES, baseNameOf, filesByFolder, placeBuild } from './place.js';
import type { BakePrinter, BuildDiscovery, RepoFiles } from './types.js';
import { isRecord, scalarText } from './values.js';

/** The files `docker buildx bake` reads by itself, in its order: later ones override earlier ones. */
export const BAKE_FILE_NAMES = ['docker-bake.json', 'docker-bake.hcl', 'docker-bake.override.json', 'docker-bake.override.hcl'];
/** Block types of a bake file; any other top-level attribute is a variable (`TAG = "latest"`). */
const BLOCK_TYPES = ['variable', 'target', 'group', 'function'];

/** A target block as written, the blocks of one name merged over the files of the project. */
export interface BakeBlock {
  file: string;
  line: number | null;
  attributes: Record<string, unknown>;
}

/** The bake files of one folder, read together as bake reads them. */
export interface BakeProject {
  folder: string;
  files: { path: string; text: string }[];
  /** Variables and their defaults as written (undefined: declared without one). */
  variables: Map<string, unknown>;
  targets: Map<string, BakeBlock>;
  /** Every name any group lists. */
  grouped: Set<string>;
}

/** A target with every value known, from `bake --print` or from the fallback evaluation. */
export interface ResolvedBakeTarget {
  /** The target's name (for a matrix, the expanded name: `app-a`). */
  name: string;
  /** The block it comes from (for a matrix, the block that expands to it). */
  block: BakeBlock;
  context?: string;
  dockerfile?: string;
  target?: string;
  inline: boolean;
  args: Record<string, string>;
  /** Its `contexts`: name → value, null when the value is not known without buildx. */
  namedContexts?: Map<string, string | null>;
}

/**
 * Build definitions from the bake files of every folder. With a `printer` (buildx), bake itself
 * evaluates them (variables, `inherits`, `matrix`, functions); without one, or when buildx is not
 * installed, `evaluateBakeTargets` does what it can from the files alone. Never throws.
 */
export async function readBakeFiles(files: RepoFiles, printer: BakePrinter | null): Promise<BuildDiscovery> {
  const out: BuildDiscovery = { definitions: [], notices: [] };
  const folders = [...filesByFolder(files.list(), BAKE_FILE_NAMES)].sort(([a], [b]) => a.localeCompare(b));
  for (const [folder, paths] of folders) {
    const project = await readBakeProject(files, folder, paths, out);
    if (!project) continue;
    const names = buildableTargets(project);
    if (names.length === 0) continue;
    const outcome = printer ? await printer.print({ folder, files: project.files.map((file) => ({ name: baseNameOf(file.path), text: file.text })), targets: names }) : null;
    let resolved: ResolvedBakeTarget[];
    if (outcome?.status === 'printed') {
      resolved = printedTargets(project, names, outcome.json, out);
    } else if (outcome?.status === 'failed') {
      out.notices.push(bakeFailure(project, outcome.message));
      continue;
    } else {
      resolved = evaluateBakeTargets(project, names, out);
    }
    for (const target of resolved) {
      placeBuild(
        {
          source: { file: target.block.file, line: target.block.line, kind: 'bake' },
          name: target.name,
          baseFolder: folder,
          context: target.context,
          dockerfile: target.dockerfile,
          dockerfileRelativeTo: 'context',
          target: target.target,
          args: target.args,
          namedContexts: target.namedContexts,
          inlineDockerfile: target.inline,
        },
        out,
      );
    }
  }
  return out;
}

/** Reads and parses the bake files of one folder; null (with a notice) when one cannot be, as bake would refuse them all. */
async function readBakeProject(files: RepoFiles, folder: string, paths: string[], out: BuildDiscovery): Promise<BakeProject | null> {
  const project: BakeProject = { folder, files: [], variables: new Map(), targets: new Map(), grouped: new Set() };
  for (const path of paths) {
    const text = files.read(path);
    if (text === null) continue;
    if (Buffer.byteLength(text) > MAX_BUILD_FILE_BYTES) {
      out.notices.push({ file: path, line: null, message: `larger than ${MAX_BUILD_FILE_BYTES / 1024 / 1024} MiB: not read` });
      return null;
    }
    const parsed = path.endsWith('.json') ? parseJsonBake(text) : await parseHcl(baseNameOf(path), text);
    if ('error' in parsed) {
      out.notices.push({ file: path, line: parsed.line, message: `could not be parsed (${parsed.error}): not read` });
      return null;
    }
    project.files.push({ path, text });
    addBakeBody(project, path, text, parsed.value);
  }
  return project.files.length > 0 ? project : null;
}

function parseJsonBake(text: string): { value: Record<string, unknown> } | { error: string; line: number | null } {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? { value } : { error: 'not a JSON object', line: null };
  } catch (error) {
    return { error: (error as Error).message, line: null };
  }
}

/** hcl2json gives each block name a list of blocks; a JSON bake file gives one object. */
function blocksOf(value: unknown): Record<string, unknown>[] {
  return (Array.isArray(value) ? value : [value]).filter(isRecord);
}

/** Adds one parsed file to the project: later files' variables and target attributes win, args merge key by key. */
function addBakeBody(project: BakeProject, path: string, text: string, body: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(body)) {
    if (!BLOCK_TYPES.includes(name)) project.variables.set(name, value);
  }
  for (const [name, blocks] of Object.entries(isRecord(body.variable) ? body.variable : {})) {
    for (const block of blocksOf(blocks)) project.variables.set(name, block.default ?? project.variables.get(name));
  }
  for (const blocks of Object.values(isRecord(body.group) ? body.group : {})) {
    for (const block of blocksOf(blocks)) {
      for (const name of Array.isArray(block.targets) ? block.targets : []) if (typeof name === 'string') project.grouped.add(name);
    }
  }
  for (const [name, blocks] of Object.entries(isRecord(body.target) ? body.target : {})) {
    for (const attributes of blocksOf(blocks)) {
      const known = project.targets.get(name);
      if (!known) {
        project.targets.set(name, { file: path, line: blockLine(text, name, path.endsWith('.json')), attributes: { ...attributes } });
        continue;
      }
      const args = isRecord(known.attributes.args) && isRecord(attributes.args) ? { ...known.attributes.args, ...attributes.args } : (attributes.args ?? known.attributes.args);
      known.attributes = { ...known.attributes, ...attributes, ...(args === undefined ? {} : { args }) };
    }
  }
}

/** The line of `target "name" {` (HCL) or of the first `"name":` after `"target"` (JSON): the parsers give no positions. */
function blockLine(text: string, name: string, json: boolean): number | null {
  const quoted = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = json ? new RegExp(`"target"[\\s\\S]*?${quoted}\\s*:`) : new RegExp(`^[ \\t]*target[ \\t]+${quoted}`, 'm');
  const match = pattern.exec(text);
  if (!match) return null;
  const at = json ? match.index + match[0].lastIndexOf(JSON.stringify(name)) : match.index;
  return text.slice(0, at).split('\n').length;
}

/**
 * The targets that are built, not only inherited: a target some other target `inherits` and no group
 * lists is a template (`_common`, docker/metadata-action's `docker-metadata-action`) whose own
 * defaults (context '.', `Dockerfile`) describe no real build.
 */
export function buildableTargets(project: BakeProject): string[] {
  const inherited = new Set<string>();
  for (const { attributes } of project.targets.values()) {
    for (const parent of Array.isArray(attributes.inherits) ? attributes.inherits : []) if (typeof parent === 'string') inherited.add(parent);
  }
  return [...project.targets.keys()].filter((name) => project.grouped.has(name) || !inherited.has(name)).sort();
}

/** The targets of `bake --print` JSON: each requested name is a target, or (a matrix) a group of the targets it expands to. */
function printedTargets(project: BakeProject, names: string[], json: string, out: BuildDiscovery): ResolvedBakeTarget[] {
  let printed: unknown;
  try {
    printed = JSON.parse(json);
  } catch {
    out.notices.push(bakeFailure(project, 'its output is not JSON'));
    return [];
  }
  const targets = isRecord(printed) && isRecord(printed.target) ? printed.target : {};
  const groups = isRecord(printed) && isRecord(printed.group) ? printed.group : {};
  const resolved: ResolvedBakeTarget[] = [];
  for (const name of names) {
    const group = groups[name];
    const expanded = isRecord(targets[name]) ? [name] : isRecord(group) && Array.isArray(group.targets) ? group.targets.filter((t): t is string => typeof t === 'string') : [];
    for (const targetName of expanded) {
      const fields = targets[targetName];
      if (!isRecord(fields)) continue;
      const text = (key: string): string | undefined => scalarText(fields[key]) ?? undefined;
      const args: Record<string, string> = {};
      for (const [key, value] of Object.entries(isRecord(fields.args) ? fields.args : {})) {
        const argText = scalarText(value);
        if (argText !== null) args[key] = argText;
      }
      resolved.push({
        name: targetName,
        block: project.targets.get(name)!,
        context: text('context'),
        dockerfile: text('dockerfile'),
        target: text('target'),
        inline: text('dockerfile-inline') !== undefined,
        args,
        namedContexts: new Map(Object.entries(isRecord(fields.contexts) ? fields.contexts : {}).map(([name, value]): [string, string | null] => [name, scalarText(value)])),
      });
    }
  }
  return resolved;
}

/** bake refused the folder: its message, at the file and line it names when it names one of ours. */
function bakeFailure(project: BakeProject, message: string): { file: string; line: number | null; message: string } {
  const located = /(docker-bake[\w.-]*):(\d+)/.exec(message);
  const file = project.files.find((candidate) => baseNameOf(candidate.path) === located?.[1])?.path;
  return {
    file: file ?? project.files[0]!.path,
    line: file ? Number(located![2]) : null,
    message: `docker buildx bake could not evaluate the bake files of this folder (${message}): not read`,
  };
}
