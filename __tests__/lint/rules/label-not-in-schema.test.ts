import { labelNotInSchema } from '../../../src/lint/rules/label-not-in-schema.js';
import { describeRule } from '../../helpers/rule-cases.js';

const strict = { labelSchema: { required: 'text' as const }, strictLabels: true };

describeRule(labelNotInSchema, [
  { name: 'other label', dockerfile: 'LABEL other="bar"\n', config: strict, expect: [{ line: 1, severity: 'info', message: '`other` is not in the label schema' }] },
  { name: 'other and required label', dockerfile: 'LABEL required="foo" other="bar"\n', config: strict, expect: [{ line: 1 }] },
  { name: 'several, one finding', dockerfile: 'LABEL a=1 b=2\n', config: strict, expect: [{ line: 1, message: '`a` and `b` are' }] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM alpine\nONBUILD LABEL other=1\n', config: strict, expect: [{ line: 2 }] },
  { name: 'required label only', dockerfile: 'LABEL required="foo"\n', config: strict, expect: [] },
  { name: 'no label', dockerfile: 'FROM alpine\n', config: strict, expect: [] },
  { name: 'strict labels off', dockerfile: 'LABEL other="bar"\n', config: { labelSchema: { required: 'text' } }, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3050\nLABEL other="bar"\n', config: strict, expect: [] },
]);
