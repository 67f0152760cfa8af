import { zypperWithoutNonInteractive } from '../../../src/lint/rules/zypper-without-non-interactive.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(zypperWithoutNonInteractive, [
  { name: 'install', dockerfile: 'FROM opensuse/leap\nRUN zypper install httpd=2.4 && zypper clean\n', expect: [{ line: 2, message: '`zypper install httpd=2.4`' }] },
  { name: 'short action in', dockerfile: 'FROM opensuse/leap\nRUN zypper in httpd\n', expect: [{ line: 2 }] },
  { name: 'remove', dockerfile: 'FROM opensuse/leap\nRUN zypper rm httpd\n', expect: [{ line: 2 }] },
  { name: 'patch', dockerfile: 'FROM opensuse/leap\nRUN zypper patch\n', expect: [{ line: 2 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM opensuse/leap\nONBUILD RUN zypper install httpd\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN zypper install httpd\n', expect: [{ line: 1 }] },
  { name: '-n', dockerfile: 'FROM opensuse/leap\nRUN zypper -n install httpd\n', expect: [] },
  { name: '--non-interactive', dockerfile: 'FROM opensuse/leap\nRUN zypper --non-interactive install httpd\n', expect: [] },
  { name: '-y on the action', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y httpd\n', expect: [] },
  { name: '--no-confirm', dockerfile: 'FROM opensuse/leap\nRUN zypper install --no-confirm httpd\n', expect: [] },
  { name: 'refresh does not ask', dockerfile: 'FROM opensuse/leap\nRUN zypper refresh\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM opensuse/leap\n# hadolint ignore=DL3034\nRUN zypper install httpd\n', expect: [] },
]);
