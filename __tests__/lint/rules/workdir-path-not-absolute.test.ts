import { workdirPathNotAbsolute } from '../../../src/lint/rules/workdir-path-not-absolute.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(workdirPathNotAbsolute, [
  { name: 'relative path after an absolute one', dockerfile: 'FROM debian:12\nWORKDIR /srv\nWORKDIR app\n', expect: [{ line: 3, severity: 'error', message: 'write `WORKDIR /srv/app`' }] },
  { name: "the chain's first WORKDIR is workdir-relative-path's (it carries DL3000)", dockerfile: 'FROM debian:12\nWORKDIR app\n', expect: [] },
  { name: 'a parent stage with a WORKDIR makes it this rule again', dockerfile: 'FROM debian:12 AS base\nWORKDIR /srv\nFROM base\nWORKDIR app\n', expect: [{ line: 4 }] },
  { name: 'quoted relative path, no FROM', dockerfile: 'WORKDIR "relative/dir"\n', expect: [{ line: 1 }] },
  { name: 'absolute path', dockerfile: 'FROM debian:12\nWORKDIR /app\n', expect: [] },
  { name: 'single-quoted absolute path', dockerfile: "WORKDIR '/usr/local'\n", expect: [] },
  { name: 'Windows drive, quoted with a trailing backslash', dockerfile: 'WORKDIR "C:\\"\n', expect: [] },
  { name: 'Windows drive with forward slash', dockerfile: 'WORKDIR C:/app\n', expect: [] },
  { name: 'unknown variable is trusted', dockerfile: 'FROM debian:12\nWORKDIR ${APP_HOME}\n', expect: [] },
  {
    name: 'variable with a relative value in the stage',
    dockerfile: 'FROM debian:12\nWORKDIR /srv\nARG DIR=src\nWORKDIR $DIR\n',
    expect: [{ line: 4, message: '(`src`)' }],
  },
  { name: 'variable with an absolute value', dockerfile: 'FROM debian:12\nENV HOME_DIR=/home/app\nWORKDIR $HOME_DIR\n', expect: [] },
  {
    name: 'suggests the path when the previous WORKDIR is known',
    dockerfile: 'FROM debian:12\nWORKDIR /src\nWORKDIR tools/gen\n',
    expect: [{ line: 3, message: '`WORKDIR /src/tools/gen`' }],
  },
  {
    name: 'previous WORKDIR inherited from a parent stage',
    dockerfile: 'FROM debian:12 AS base\nWORKDIR /work\nFROM base\nWORKDIR build\n',
    expect: [{ line: 4, message: '`WORKDIR /work/build`', stage: 1 }],
  },
  { name: 'an ONBUILD WORKDIR anchored by a WORKDIR of the stage', dockerfile: 'FROM debian:12\nWORKDIR /srv\nONBUILD WORKDIR app\n', expect: [{ line: 3, message: 'absolute path you mean' }] },
  { name: 'the first ONBUILD WORKDIR of a chain without one is workdir-relative-path\'s', dockerfile: 'FROM debian:12\nONBUILD WORKDIR app\nONBUILD WORKDIR sub\n', expect: [{ line: 3 }] },
  { name: 'suppressed by hadolint pragma', dockerfile: 'FROM debian:12\n# hadolint ignore=DL3000\nWORKDIR app\n', expect: [] },
]);
