import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { MAX_BUILD_FILE_BYTES } from './place.js';
import type { BuildDiscovery } from './types.js';

/**
 * How many aliases one document may expand. A few anchors (`<<: *defaults`) are common in compose
 * files; an alias of an alias of … (a "billion laughs" file) would grow without bound in memory.
 */
const MAX_ALIAS_COUNT = 100;
/**
 * The yaml parser recurses once per nesting level. Past about 800 levels it overflows the stack, and
 * when V8 happens to compile one of its regular expressions that close to the limit, the process dies
 * with a fatal "out of memory" that no try/catch sees. Real compose files and workflows nest a dozen
 * levels, so a document is refused before parsing when a cheap estimate of its depth passes these.
 */
export const MAX_FLOW_DEPTH = 100;
export const MAX_INDENT = 200;

export interface YamlFile {
  value: unknown;
  /**
   * The line of the node at `path`, else of its nearest ancestor the document holds (values merged
   * in with `<<: *anchor` have no node of their own), else null.
   */
  lineOf(path: readonly (string | number)[]): number | null;
}

/**
 * Parses a compose file or a workflow, or says why not in a notice: larger than 1 MiB, not YAML, or
 * too many aliases. Never throws.
 */
export function readYamlFile(file: string, text: string, out: BuildDiscovery): YamlFile | null {
  const refuse = (line: number | null, message: string): null => {
    out.notices.push({ file, line, message });
    return null;
  };
  if (Buffer.byteLength(text) > MAX_BUILD_FILE_BYTES) return refuse(null, `larger than ${MAX_BUILD_FILE_BYTES / 1024 / 1024} MiB: not read`);
  if (tooDeeplyNested(text)) return refuse(null, `nested deeper than a build file needs (more than ${MAX_FLOW_DEPTH} brackets or ${MAX_INDENT} columns of indentation): not read`);
  const lineCounter = new LineCounter();
  try {
    // `merge`: compose files use `<<: *anchor` (YAML 1.1 merge keys) to share build settings.
    const doc = parseDocument(text, { lineCounter, merge: true });
    const error = doc.errors[0];
    if (error) {
      const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return refuse(error.linePos?.[0].line ?? null, `not valid YAML (${message}): not read`);
    }
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return {
      value,
      lineOf(path) {
        for (let length = path.length; length > 0; length--) {
          const start = startOf(doc, path.slice(0, length));
          if (start !== undefined) return lineCounter.linePos(start).line;
        }
        return null;
      },
    };
  } catch (error) {
    // `toJS` throws a ReferenceError past MAX_ALIAS_COUNT; a deeply nested document can overflow the stack.
    const why = /alias/i.test(String(error)) ? `more than ${MAX_ALIAS_COUNT} YAML aliases` : `could not be read (${(error as Error).message})`;
    return refuse(null, `${why}: not read`);
  }
}

/** Where the entry at `path` starts: its key in a mapping (`build:` rather than the mapping under it), else its node. */
function startOf(doc: Document, path: readonly (string | number)[]): number | undefined {
  const parent: unknown = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === path[path.length - 1]);
    if (pair && isNode(pair.key)) return pair.key.range?.[0];
  }
  const node: unknown = doc.getIn(path, true);
  return isNode(node) ? node.range?.[0] : undefined;
}

/**
 * An upper bound of a document's nesting, without parsing it: open flow brackets (`[`, `{`, counted
 * even inside strings) and each line's indentation, compact `- ` / `? ` / `: ` indicators included.
 */
export function tooDeeplyNested(text: string): boolean {
  let flowDepth = 0;
  for (const line of text.split('\n')) {
    if (/^[ \t]*(?:[-?:][ \t]+)*/.exec(line)![0].length > MAX_INDENT) return true;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === 0x5b || code === 0x7b) {
        if (++flowDepth > MAX_FLOW_DEPTH) return true;
      } else if ((code === 0x5d || code === 0x7d) && flowDepth > 0) {
        flowDepth--;
      }
    }
  }
  return false;
}
