import { labelNotSemver } from '../../../src/lint/rules/label-not-semver.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(labelNotSemver, [
  { name: 'not a version', dockerfile: 'LABEL semver="not-sem-ver"\n', config: { labelSchema: { semver: 'semver' } }, expect: [{ line: 1, message: 'MAJOR.MINOR.PATCH' }] },
  { name: 'leading v', dockerfile: 'LABEL semver="v1.2.3"\n', config: { labelSchema: { semver: 'semver' } }, expect: [{ line: 1, message: 'leading `v`' }] },
  { name: 'version', dockerfile: 'LABEL semver="1.0.0"\n', config: { labelSchema: { semver: 'semver' } }, expect: [] },
  { name: 'pre-release', dockerfile: 'LABEL semver="2.0.1-rc1"\n', config: { labelSchema: { semver: 'semver' } }, expect: [] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM a\nONBUILD LABEL semver="not-sem-ver"\n', config: { labelSchema: { semver: 'semver' } }, expect: [{ line: 2 }] },
  { name: 'filled in at build time', dockerfile: 'FROM a\nARG V\nLABEL semver="${V}"\n', config: { labelSchema: { semver: 'semver' } }, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3056\nLABEL semver="not-sem-ver"\n', config: { labelSchema: { semver: 'semver' } }, expect: [] },
]);
