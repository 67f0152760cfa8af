import { exposeProtoCasing } from '../../../src/lint/rules/expose-proto-casing.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(exposeProtoCasing, [
  {
    name: 'upper-case protocol',
    dockerfile: 'FROM nginx\nEXPOSE 443/TCP\n',
    expect: [{ line: 2, message: "Defined protocol '443/TCP' in EXPOSE instruction should be lowercase: write `443/tcp`" }],
  },
  { name: 'each offending port', dockerfile: 'FROM alpine\nEXPOSE 53/UDP 53/tcp 9000/Sctp\n', expect: [{ line: 2, message: '53/UDP' }, { line: 2, message: '9000/Sctp' }] },
  { name: 'lower case or no protocol', dockerfile: 'FROM alpine\nEXPOSE 80 443/tcp 53/udp\n', expect: [] },
  { name: 'ports from variables are checked after expansion', dockerfile: 'FROM alpine\nARG PORT=8080/TCP\nEXPOSE $PORT\n', expect: [{ line: 3, message: "'8080/TCP'" }] },
  { name: 'a port only the build knows', dockerfile: 'FROM alpine\nARG PORT\nEXPOSE $PORT/TCP\n', expect: [] },
  { name: 'an unknown protocol fails the build instead', dockerfile: 'FROM alpine\nEXPOSE 80/HTTP\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=ExposeProtoCasing\nFROM alpine\nEXPOSE 80/TCP\n', expect: [] },
  // ONBUILD triggers are checked where they are written (docs/compatibility.md).
  { name: 'an ONBUILD EXPOSE trigger', dockerfile: 'FROM alpine\nONBUILD EXPOSE 80/TCP\n', expect: [{ line: 2, message: "'80/TCP'" }] },
]);
