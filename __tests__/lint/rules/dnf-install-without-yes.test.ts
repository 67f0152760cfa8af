import { dnfInstallWithoutYes } from '../../../src/lint/rules/dnf-install-without-yes.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(dnfInstallWithoutYes, [
  { name: 'dnf install without -y', dockerfile: 'FROM fedora:40\nRUN dnf install httpd && dnf clean all\n', expect: [{ line: 2, message: '`dnf install httpd`' }] },
  { name: 'microdnf install without -y', dockerfile: 'FROM ubi9-minimal\nRUN microdnf install httpd\n', expect: [{ line: 2, message: 'microdnf install -y' }] },
  { name: 'fragment', dockerfile: 'RUN dnf groupinstall "Development Tools"\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM fedora:40\nONBUILD RUN dnf install httpd\n', expect: [{ line: 2 }] },
  { name: '-y', dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd\n', expect: [] },
  { name: '--assumeyes before the action', dockerfile: 'FROM fedora:40\nRUN dnf --assumeyes install httpd\n', expect: [] },
  { name: 'a command merely named like dnf', dockerfile: 'FROM fedora:40\nRUN notdnf install httpd\n', expect: [] },
  { name: 'other actions', dockerfile: 'FROM fedora:40\nRUN dnf clean all\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM fedora:40\n# stagecraft ignore=dnf-install-without-yes\nRUN dnf install httpd\n', expect: [] },
]);
