import { labelEmpty } from '../../../src/lint/rules/label-empty.js';
import { describeRule } from '../../helpers/rule-cases.js';

const schema = { labelSchema: { emptylabel: 'text' as const, version: 'semver' as const } };

describeRule(labelEmpty, [
  { name: 'empty', dockerfile: 'LABEL emptylabel=""\n', config: schema, expect: [{ line: 1, severity: 'warning', message: 'Label `emptylabel` is empty' }] },
  { name: 'empty without quotes', dockerfile: 'FROM alpine\nLABEL version=\n', config: schema, expect: [{ line: 2 }] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM alpine\nONBUILD LABEL emptylabel=""\n', config: schema, expect: [{ line: 2 }] },
  { name: 'not empty', dockerfile: 'LABEL emptylabel="foo"\n', config: schema, expect: [] },
  { name: 'another label empty', dockerfile: 'LABEL other=""\n', config: schema, expect: [] },
  { name: 'filled in at build time', dockerfile: 'FROM alpine\nARG V\nLABEL emptylabel=$V\n', config: schema, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3051\nLABEL emptylabel=""\n', config: schema, expect: [] },
]);
