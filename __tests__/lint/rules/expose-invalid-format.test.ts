import { exposeInvalidFormat } from '../../../src/lint/rules/expose-invalid-format.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(exposeInvalidFormat, [
  {
    name: 'host-port mapping',
    dockerfile: 'FROM node:20\nEXPOSE 3000:3000\n',
    expect: [{ line: 2, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '3000:3000': write `EXPOSE 3000` and publish it with `docker run -p 3000:3000`" }],
  },
  { name: 'IPv4 address', dockerfile: 'FROM alpine\nEXPOSE 0.0.0.0:8080:80/udp\n', expect: [{ line: 2, message: 'write `EXPOSE 80/udp`' }] },
  { name: 'IPv6 address', dockerfile: 'FROM alpine\nEXPOSE [::]:8443:443\n', expect: [{ line: 2, message: "'[::]:8443:443'" }] },
  { name: 'plain ports and ranges', dockerfile: 'FROM alpine\nEXPOSE 80 8000-8010/tcp\n', expect: [] },
  { name: 'each offending port', dockerfile: 'FROM alpine\nEXPOSE 81:80 80 444:443\n', expect: [{ line: 2, message: '444:443' }, { line: 2, message: '81:80' }] },
  { name: 'BuildKit stops at a spec it cannot read', dockerfile: 'FROM alpine\nEXPOSE 1:1 2:x 3:3\n', expect: [{ line: 2, message: "'1:1'" }, { line: 2, message: "'2:x'" }] },
  { name: 'suppressed by a check comment', dockerfile: 'FROM alpine\n# check=skip=ExposeInvalidFormat\nEXPOSE 80:80\n', expect: [] },
  // ONBUILD triggers are checked where they are written (docs/compatibility.md).
  { name: 'an ONBUILD EXPOSE trigger', dockerfile: 'FROM alpine\nONBUILD EXPOSE 8080:80\n', expect: [{ line: 2, message: 'write `ONBUILD EXPOSE 80`' }] },
]);
