import { labelNotEmail } from '../../../src/lint/rules/label-not-email.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(labelNotEmail, [
  { name: 'not an address', dockerfile: 'LABEL maintainer="not-email"\n', config: { labelSchema: { maintainer: 'email' } }, expect: [{ line: 1, message: 'RFC5322' }] },
  { name: 'address', dockerfile: 'LABEL maintainer="abcd@google.com"\n', config: { labelSchema: { maintainer: 'email' } }, expect: [] },
  { name: 'name and address', dockerfile: 'LABEL maintainer="Jane Doe <jane@example.com>"\n', config: { labelSchema: { maintainer: 'email' } }, expect: [] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM a\nONBUILD LABEL maintainer="not-email"\n', config: { labelSchema: { maintainer: 'email' } }, expect: [{ line: 2 }] },
  { name: 'filled in at build time', dockerfile: 'FROM a\nARG V\nLABEL maintainer="${V}"\n', config: { labelSchema: { maintainer: 'email' } }, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3058\nLABEL maintainer="not-email"\n', config: { labelSchema: { maintainer: 'email' } }, expect: [] },
]);
