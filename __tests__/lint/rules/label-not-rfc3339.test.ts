import { labelNotRfc3339 } from '../../../src/lint/rules/label-not-rfc3339.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(labelNotRfc3339, [
  { name: 'not a date', dockerfile: 'LABEL datelabel="not-date"\n', config: { labelSchema: { datelabel: 'rfc3339' } }, expect: [{ line: 1, message: 'RFC3339' }] },
  { name: 'date', dockerfile: 'LABEL datelabel="2021-03-10T10:26:33.564595127+01:00"\n', config: { labelSchema: { datelabel: 'rfc3339' } }, expect: [] },
  { name: 'other label', dockerfile: 'LABEL other="doo"\n', config: { labelSchema: { datelabel: 'rfc3339' } }, expect: [] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM a\nONBUILD LABEL datelabel="not-date"\n', config: { labelSchema: { datelabel: 'rfc3339' } }, expect: [{ line: 2 }] },
  { name: 'filled in at build time', dockerfile: 'FROM a\nARG V\nLABEL datelabel="${V}"\n', config: { labelSchema: { datelabel: 'rfc3339' } }, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3053\nLABEL datelabel="not-date"\n', config: { labelSchema: { datelabel: 'rfc3339' } }, expect: [] },
]);
