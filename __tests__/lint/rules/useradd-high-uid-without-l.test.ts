import { useraddHighUidWithoutL } from '../../../src/lint/rules/useradd-high-uid-without-l.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(useraddHighUidWithoutL, [
  { name: 'high UID without -l', dockerfile: 'FROM debian\nRUN useradd -u 123456 app\n', expect: [{ line: 2, message: 'UID 123456' }] },
  { name: '--uid=', dockerfile: 'FROM debian\nRUN useradd --uid=1000000 app\n', expect: [{ line: 2 }] },
  { name: '--uid value', dockerfile: 'FROM debian\nRUN useradd --uid 1000000 app\n', expect: [{ line: 2 }] },
  { name: 'attached value', dockerfile: 'FROM debian\nRUN useradd -u123456 app\n', expect: [{ line: 2 }] },
  { name: 'UID from an ARG default', dockerfile: 'FROM debian\nARG APP_UID=200000\nRUN useradd -u "$APP_UID" app\n', expect: [{ line: 3, message: 'UID 200000' }] },
  { name: 'through sudo', dockerfile: 'FROM debian\nRUN sudo useradd -u 123456 app\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN useradd -u 123456 app\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM debian\nONBUILD RUN useradd -u 123456 app\n', expect: [{ line: 2 }] },
  { name: 'no UID', dockerfile: 'FROM debian\nRUN useradd app\n', expect: [] },
  { name: 'short UID', dockerfile: 'FROM debian\nRUN useradd -u 12345 app\n', expect: [] },
  { name: 'high UID with -l', dockerfile: 'FROM debian\nRUN useradd -l -u 123456 app\n', expect: [] },
  { name: 'high UID with --no-log-init', dockerfile: 'FROM debian\nRUN useradd --no-log-init -u 123456 app\n', expect: [] },
  { name: '-l alone', dockerfile: 'FROM debian\nRUN useradd -l app\n', expect: [] },
  { name: 'UID only known at build time', dockerfile: 'FROM debian\nARG APP_UID\nRUN useradd -u "${APP_UID}" app\n', expect: [] },
  { name: 'adduser is another tool', dockerfile: 'FROM debian\nRUN adduser -u 123456 app\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM debian\n# hadolint ignore=DL3046\nRUN useradd -u 123456 app\n', expect: [] },
]);
