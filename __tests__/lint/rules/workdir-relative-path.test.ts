import { workdirRelativePath } from '../../../src/lint/rules/workdir-relative-path.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(workdirRelativePath, [
  {
    name: 'relative WORKDIR first in the build',
    dockerfile: 'FROM node:20\nWORKDIR srv/app\n',
    expect: [{ line: 2, message: 'Relative workdir "srv/app" can have unexpected results if the base image changes: write `WORKDIR /srv/app`' }],
  },
  { name: 'only the first WORKDIR matters', dockerfile: 'FROM alpine\nWORKDIR app\nWORKDIR sub\n', expect: [{ line: 2 }] },
  { name: 'absolute first, relative after', dockerfile: 'FROM alpine\nWORKDIR /app\nWORKDIR sub\n', expect: [] },
  { name: 'absolute WORKDIR in the parent stage', dockerfile: 'FROM alpine AS base\nWORKDIR /srv\nFROM base\nWORKDIR app\n', expect: [] },
  { name: 'a WORKDIR in an unrelated stage does not count', dockerfile: 'FROM alpine AS a\nWORKDIR /srv\nFROM alpine\nWORKDIR app\n', expect: [{ line: 4 }] },
  { name: 'variables with known values are expanded', dockerfile: 'FROM alpine\nARG DIR=build\nWORKDIR $DIR\n', expect: [{ line: 3, message: '"build"' }] },
  { name: 'a variable expanding to an absolute path', dockerfile: 'FROM alpine\nENV APP_HOME=/opt/app\nWORKDIR $APP_HOME\n', expect: [] },
  { name: 'a value only the build knows: quiet', dockerfile: 'FROM alpine\nARG DIR\nWORKDIR $DIR\n', expect: [] },
  { name: 'a variable an unknown base image may set: quiet', dockerfile: 'FROM ghcr.io/acme/runtime:1\nWORKDIR $APP_ROOT\n', expect: [] },
  { name: 'a variable a known base image does not set expands to nothing', dockerfile: 'FROM alpine\nWORKDIR ${APP_ROOT}srv\n', expect: [{ line: 2, message: '"srv"' }] },
  { name: 'Windows drive paths are absolute', dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n', expect: [] },
  { name: 'suppressed by a check comment', dockerfile: 'FROM alpine\n# check=skip=WorkdirRelativePath\nWORKDIR app\n', expect: [] },
  // ONBUILD triggers are checked where they are written (docs/compatibility.md), as if they ran in a
  // stage built FROM this one: after the whole stage.
  { name: 'a relative ONBUILD WORKDIR', dockerfile: 'FROM alpine\nONBUILD WORKDIR app\n', expect: [{ line: 2, message: 'write `ONBUILD WORKDIR /app`' }] },
  { name: 'a relative ONBUILD WORKDIR in a stage with an absolute WORKDIR', dockerfile: 'FROM alpine\nONBUILD WORKDIR app\nWORKDIR /srv\n', expect: [] },
  { name: 'an absolute ONBUILD WORKDIR does not anchor the stage', dockerfile: 'FROM alpine\nONBUILD WORKDIR /app\nONBUILD WORKDIR sub\nWORKDIR rel\n', expect: [{ line: 4 }] },
]);
