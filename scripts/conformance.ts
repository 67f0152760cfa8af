/**
 * `npm run conformance [-- --json]`: how often Stagecraft agrees with hadolint's and BuildKit's own
 * test expectations, per peer rule, per peer and overall, with the cases it disagrees on.
 */
import { createShellcheckRunner } from '../src/files/shellcheck-runner.js';
import { casesPath, evaluateCase, loadCases, renderJson, renderText, shellcheckForCases, summarize } from './conformance-lib.js';

const json = process.argv.slice(2).includes('--json');
const path = casesPath();
const cases = loadCases(path);
if (!cases) {
  process.stdout.write(`conformance: no cases at ${path}; set STAGECRAFT_CONFORMANCE to the cases.json to use. Skipped.\n`);
} else {
  // SC* cases are scored when ShellCheck is installed: one ShellCheck process for all of them.
  const shellcheck = await shellcheckForCases(cases, createShellcheckRunner());
  if (!shellcheck) process.stderr.write('conformance: ShellCheck not found; SC* cases left out.\n');
  const summary = summarize(cases, cases.map((c, i) => evaluateCase(c, undefined, i, shellcheck)), shellcheck !== null);
  process.stdout.write(json ? renderJson(summary, path) : renderText(summary, path));
}
