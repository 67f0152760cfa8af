import { zypperDistUpgrade } from '../../../src/lint/rules/zypper-dist-upgrade.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(zypperDistUpgrade, [
  { name: 'dist-upgrade', dockerfile: 'FROM opensuse/tumbleweed\nRUN zypper dist-upgrade -y\n', expect: [{ line: 2, message: 'zypper dist-upgrade' }] },
  { name: 'dup', dockerfile: 'FROM opensuse/tumbleweed\nRUN zypper -n dup\n', expect: [{ line: 2 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM opensuse/tumbleweed\nONBUILD RUN zypper dup\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN zypper dup\n', expect: [{ line: 1 }] },
  { name: 'update is fine', dockerfile: 'FROM opensuse/tumbleweed\nRUN zypper -n update\n', expect: [] },
  { name: 'patch is fine', dockerfile: 'FROM opensuse/tumbleweed\nRUN zypper -n patch\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM opensuse/tumbleweed\n# hadolint ignore=DL3035\nRUN zypper dup\n', expect: [] },
]);
