import { labelNotSpdx } from '../../../src/lint/rules/label-not-spdx.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(labelNotSpdx, [
  { name: 'not SPDX', dockerfile: 'LABEL spdxlabel="not-spdx"\n', config: { labelSchema: { spdxlabel: 'spdx' } }, expect: [{ line: 1, message: 'SPDX' }] },
  { name: 'a license name, not its id', dockerfile: 'LABEL spdxlabel="Apache License 2.0"\n', config: { labelSchema: { spdxlabel: 'spdx' } }, expect: [{ line: 1 }] },
  { name: 'id', dockerfile: 'LABEL spdxlabel="BSD-3-Clause"\n', config: { labelSchema: { spdxlabel: 'spdx' } }, expect: [] },
  { name: 'expression', dockerfile: 'LABEL spdxlabel="MIT OR Apache-2.0"\n', config: { labelSchema: { spdxlabel: 'spdx' } }, expect: [] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM a\nONBUILD LABEL spdxlabel="not-spdx"\n', config: { labelSchema: { spdxlabel: 'spdx' } }, expect: [{ line: 2 }] },
  { name: 'filled in at build time', dockerfile: 'FROM a\nARG V\nLABEL spdxlabel="${V}"\n', config: { labelSchema: { spdxlabel: 'spdx' } }, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3054\nLABEL spdxlabel="not-spdx"\n', config: { labelSchema: { spdxlabel: 'spdx' } }, expect: [] },
]);
