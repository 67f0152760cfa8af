import { describeBuild, placeBuild, unknownValueNotice } from './place.js';
import type { BuildDiscovery, RepoFiles } from './types.js';
import { isRecord, scalarText } from './values.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

/** GitHub reads workflows from this folder only, not from its subfolders. */
export const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const BUILD_PUSH_ACTION = /^docker\/build-push-action@/i;
/** A `${{ … }}` expression: its value exists only while the workflow runs. */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/;
const ONLY_KNOWN_WHEN_RUNNING = 'is only known when the workflow runs';
/** build-push-action's name for the repository at the workflow's commit (its default context), optionally `:subfolder`. */
const GIT_CONTEXT = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/;

/**
 * Build definitions from the `docker/build-push-action` steps of `.github/workflows/*.y(a)ml`: `context`,
 * `file`, `target`, `build-args` and `build-contexts`. Values with `${{ }}` are left out with a notice
 * (an unknown `context` or `file` drops the step: which Dockerfile it builds, or from where, would be a
 * guess). Never throws.
 */
export function readWorkflows(files: RepoFiles): BuildDiscovery {
  const out: BuildDiscovery = { definitions: [], notices: [] };
  for (const path of files.list().filter((file) => WORKFLOW_FILE.test(file)).sort()) {
    const text = files.read(path);
    const yaml = text === null ? null : readYamlFile(path, text, out);
    const jobs = yaml && isRecord(yaml.value) ? yaml.value.jobs : undefined;
    if (!yaml || !isRecord(jobs)) continue;
    for (const [job, definition] of Object.entries(jobs)) {
      const steps = isRecord(definition) ? definition.steps : undefined;
      if (!Array.isArray(steps)) continue;
      steps.forEach((step: unknown, index) => {
        if (isRecord(step) && typeof step.uses === 'string' && BUILD_PUSH_ACTION.test(step.uses.trim())) {
          readBuildStep(path, yaml, job, index, isRecord(step.with) ? step.with : {}, out);
        }
      });
    }
  }
  return out;
}

function readBuildStep(file: string, yaml: YamlFile, job: string, index: number, inputs: Record<string, unknown>, out: BuildDiscovery): void {
  const step = ['jobs', job, 'steps', index];
  const who = describeBuild('workflow', job);
  let dropped = false;
  /** An input's text (undefined when absent or empty), or undefined with a notice when it holds `${{ }}`. */
  const input = (key: string, dropsDefinition: boolean): string | undefined => {
    const text = scalarText(inputs[key])?.trim();
    if (!text) return undefined;
    if (!EXPRESSION.test(text)) return text;
    out.notices.push(unknownValueNotice({ file, line: yaml.lineOf([...step, 'with', key]) }, who, key, text, ONLY_KNOWN_WHEN_RUNNING, dropsDefinition));
    dropped ||= dropsDefinition;
    return undefined;
  };
  const context = input('context', true);
  const dockerfile = input('file', true);
  if (dropped) return;
  const target = input('target', false);

  // Without `context`, or with `{{defaultContext}}`, the action builds the Git context: the repository at
  // the workflow's commit, whose root is the checkout's root; `file` is then relative to that context.
  const gitMatch = context === undefined ? null : GIT_CONTEXT.exec(context);
  const gitContext = context === undefined ? '.' : gitMatch ? gitMatch[1] || '.' : undefined;
  const args: Record<string, string> = {};
  const argsLine = yaml.lineOf([...step, 'with', 'build-args']);
  for (const { entry, key, value } of keyValueLines(inputs['build-args'])) {
    if (EXPRESSION.test(entry)) out.notices.push(unknownValueNotice({ file, line: argsLine }, who, `build-args ${key}`, entry, ONLY_KNOWN_WHEN_RUNNING, false));
    else if (value !== null) args[key] = value;
  }
  const namedContexts = new Map<string, string | null>();
  const contextsLine = yaml.lineOf([...step, 'with', 'build-contexts']);
  for (const { entry, key, value } of keyValueLines(inputs['build-contexts'])) {
    // A value only known when the workflow runs still names a context, of unknown content; a name that is not known names none.
    if (EXPRESSION.test(key)) out.notices.push(unknownValueNotice({ file, line: contextsLine }, who, 'build-contexts', entry, ONLY_KNOWN_WHEN_RUNNING, false));
    else if (value !== null) namedContexts.set(key, EXPRESSION.test(value) ? null : value);
  }
  placeBuild(
    {
      source: { file, line: yaml.lineOf([...step, 'uses']), kind: 'workflow' },
      name: job,
      baseFolder: '',
      context: gitContext ?? context,
      dockerfile,
      dockerfileRelativeTo: gitContext === undefined ? 'base' : 'context',
      target,
      args,
      namedContexts,
    },
    out,
  );
}

/** A multi-line input of `KEY=value` lines (`build-args`, `build-contexts`): each non-empty line, its key, and its value (null without `=`). */
function keyValueLines(input: unknown): { entry: string; key: string; value: string | null }[] {
  return (scalarText(input) ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const equals = entry.indexOf('=');
      return equals < 0 ? { entry, key: entry, value: null } : { entry, key: entry.slice(0, equals).trim(), value: equals > 0 ? entry.slice(equals + 1) : null };
    });
}
