import { labelNotGitHash } from '../../../src/lint/rules/label-not-git-hash.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(labelNotGitHash, [
  { name: 'not a hash', dockerfile: 'LABEL githash="not-git-hash"\n', config: { labelSchema: { githash: 'hash' } }, expect: [{ line: 1, message: 'git hash' }] },
  { name: 'short hash', dockerfile: 'LABEL githash="2dbfae9"\n', config: { labelSchema: { githash: 'hash' } }, expect: [] },
  { name: 'long hash', dockerfile: 'LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"\n', config: { labelSchema: { githash: 'hash' } }, expect: [] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM a\nONBUILD LABEL githash="not-git-hash"\n', config: { labelSchema: { githash: 'hash' } }, expect: [{ line: 2 }] },
  { name: 'filled in at build time', dockerfile: 'FROM a\nARG V\nLABEL githash="${V}"\n', config: { labelSchema: { githash: 'hash' } }, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3055\nLABEL githash="not-git-hash"\n', config: { labelSchema: { githash: 'hash' } }, expect: [] },
]);
