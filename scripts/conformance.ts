/**
 * `npm run conformance [-- --json]`: how often Stagecraft agrees with hadolint's and BuildKit's own
 * test expectations, per peer rule, per peer and overall, with the cases it disagrees on.
 */
import { casesPath, evaluateCase, loadCases, renderJson, renderText, summarize } from './conformance-lib.js';

const json = process.argv.slice(2).includes('--json');
const path = casesPath();
const cases = loadCases(path);
if (!cases) {
  process.stdout.write(`conformance: no cases at ${path}; set STAGECRAFT_CONFORMANCE to the cases.json to use. Skipped.\n`);
} else {
  const summary = summarize(cases, cases.map((c) => evaluateCase(c)));
  process.stdout.write(json ? renderJson(summary, path) : renderText(summary, path));
}
