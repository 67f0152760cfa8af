import { exposePortOutOfRange } from '../../../src/lint/rules/expose-port-out-of-range.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(exposePortOutOfRange, [
  { name: 'port above 65535', dockerfile: 'FROM nginx:1.27\nEXPOSE 80000\n', expect: [{ line: 2, severity: 'error', message: 'port 80000' }] },
  { name: 'range ending above 65535', dockerfile: 'EXPOSE 40000-80000/tcp\n', expect: [{ line: 1, message: '`EXPOSE 40000-80000/tcp`' }] },
  { name: 'one bad port among several', dockerfile: 'EXPOSE 80 443 70000/udp\n', expect: [{ line: 1, message: '70000' }] },
  { name: 'valid ports', dockerfile: 'EXPOSE 80 443/tcp 65535\n', expect: [] },
  { name: 'valid range', dockerfile: 'EXPOSE 40000-60000/tcp\n', expect: [] },
  { name: 'unknown variable', dockerfile: 'EXPOSE ${PORT}\n', expect: [] },
  { name: 'range to an unknown variable', dockerfile: 'EXPOSE 40000-${END}\n', expect: [] },
  { name: 'variable with an invalid default', dockerfile: 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE $PORT\n', expect: [{ line: 3, message: '`EXPOSE 99999`' }] },
  { name: 'ONBUILD EXPOSE', dockerfile: 'FROM nginx:1.27\nONBUILD EXPOSE 123456\n', expect: [{ line: 2 }] },
  { name: 'stage pragma', dockerfile: '# hadolint stage ignore=DL3011\nFROM ubuntu:24.04\nEXPOSE 80000\n', expect: [] },
]);
