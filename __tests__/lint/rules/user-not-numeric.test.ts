import { userNotNumeric } from '../../../src/lint/rules/user-not-numeric.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(userNotNumeric, [
  { name: 'user name', dockerfile: 'FROM debian:12\nUSER app\n', expect: [{ line: 2, severity: 'info', message: '`USER 10001:10001`' }] },
  { name: 'name and group', dockerfile: 'USER foobar:barfoo\n', expect: [{ line: 1, message: 'the user `foobar`' }] },
  {
    name: 'uid from an earlier useradd',
    dockerfile: 'FROM debian:12\nRUN groupadd -g 1000 app && useradd -u 1000 -g app app\nUSER app\n',
    expect: [{ line: 3, message: '`USER 1000` (the uid line 2 gives `app`)' }],
  },
  { name: 'uid from adduser --uid', dockerfile: 'FROM debian:12\nRUN adduser --uid 1500 --disabled-password svc\nUSER svc\n', expect: [{ line: 3, message: '`USER 1500`' }] },
  { name: 'ARG default with a name', dockerfile: 'FROM debian:12\nARG RUN_AS=app\nUSER $RUN_AS\n', expect: [{ line: 3 }] },
  { name: 'numeric uid', dockerfile: 'USER 12345\n', expect: [] },
  { name: 'numeric uid and gid', dockerfile: 'USER 1234:5678\n', expect: [] },
  { name: 'numeric uid, named group', dockerfile: 'USER 1000:app\n', expect: [] },
  { name: 'ARG without a value we can see', dockerfile: 'ARG APP_UID\nFROM foobar:1\nUSER ${APP_UID}\n', expect: [] },
  { name: 'ARG default with a uid', dockerfile: 'FROM debian:12\nARG UID=1001\nUSER ${UID}\n', expect: [] },
  { name: 'root is uid 0 everywhere', dockerfile: 'FROM debian:12\nUSER root\n', expect: [] },
  { name: 'Windows built-in account', dockerfile: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n', expect: [] },
  { name: 'only the last USER of a stage', dockerfile: 'FROM debian:12\nUSER app\nRUN make\nUSER 1000\n', expect: [] },
  { name: 'the last USER of each stage', dockerfile: 'FROM debian:12 AS a\nUSER app\nFROM debian:12\nUSER web\n', expect: [{ line: 2 }, { line: 4 }] },
  { name: 'ONBUILD USER', dockerfile: 'FROM debian:12\nONBUILD USER app\n', expect: [{ line: 2 }] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3066\nUSER app\n', expect: [] },
]);
