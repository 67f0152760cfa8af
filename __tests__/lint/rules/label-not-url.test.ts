import { labelNotUrl } from '../../../src/lint/rules/label-not-url.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(labelNotUrl, [
  { name: 'not a URL', dockerfile: 'LABEL urllabel="not-url"\n', config: { labelSchema: { urllabel: 'url' } }, expect: [{ line: 1, severity: 'warning', message: '"not-url" is not an absolute URL' }] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM a\nONBUILD LABEL urllabel=example.com\n', config: { labelSchema: { urllabel: 'url' } }, expect: [{ line: 2 }] },
  { name: 'URL', dockerfile: 'LABEL urllabel="http://example.com"\n', config: { labelSchema: { urllabel: 'url' } }, expect: [] },
  { name: 'other label', dockerfile: 'LABEL other="foo"\n', config: { labelSchema: { urllabel: 'url' } }, expect: [] },
  { name: 'a label of another type', dockerfile: 'LABEL urllabel="not-url"\n', config: { labelSchema: { urllabel: 'text' } }, expect: [] },
  { name: 'filled in at build time', dockerfile: 'FROM a\nARG REPO\nLABEL urllabel=$REPO\n', config: { labelSchema: { urllabel: 'url' } }, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3052\nLABEL urllabel="not-url"\n', config: { labelSchema: { urllabel: 'url' } }, expect: [] },
]);
