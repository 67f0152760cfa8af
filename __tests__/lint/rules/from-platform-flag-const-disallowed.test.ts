import { fromPlatformFlagConstDisallowed } from '../../../src/lint/rules/from-platform-flag-const-disallowed.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(fromPlatformFlagConstDisallowed, [
  {
    name: 'constant platform',
    dockerfile: 'FROM --platform=linux/arm64 node:20\n',
    expect: [{ line: 1, message: 'FROM --platform flag should not use constant value "linux/arm64": use `--platform=$BUILDPLATFORM`' }],
  },
  { name: 'an architecture alone', dockerfile: 'FROM --platform=arm64 alpine AS app\n', expect: [{ line: 1, message: '"arm64"' }] },
  { name: 'a stage named after the architecture', dockerfile: 'FROM --platform=linux/arm64 alpine AS runtime-arm64\n', expect: [] },
  { name: 'a stage named after the OS', dockerfile: 'FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver AS windows-base\n', expect: [] },
  { name: 'architecture aliases are normalised before the comparison', dockerfile: 'FROM --platform=linux/aarch64 alpine AS arm64-tools\n', expect: [] },
  { name: 'a variable', dockerfile: 'FROM --platform=$BUILDPLATFORM golang AS build\n', expect: [] },
  { name: 'a variable with a constant default', dockerfile: 'FROM --platform=${PLATFORM:-linux/amd64} alpine\n', expect: [] },
  { name: 'not a platform at all (the build fails on it instead)', dockerfile: 'FROM --platform=toaster alpine\n', expect: [] },
  { name: 'no --platform', dockerfile: 'FROM alpine\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=FromPlatformFlagConstDisallowed\nFROM --platform=linux/amd64 alpine\n', expect: [] },
]);
