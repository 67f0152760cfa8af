import { redundantTargetPlatform } from '../../../src/lint/rules/redundant-target-platform.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(redundantTargetPlatform, [
  {
    name: '$TARGETPLATFORM',
    dockerfile: 'FROM --platform=$TARGETPLATFORM nginx:alpine\n',
    expect: [{ line: 1, message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior: remove `--platform=$TARGETPLATFORM`' }],
  },
  { name: 'braces, quoted as written', dockerfile: 'FROM --platform=${TARGETPLATFORM} nginx AS web\n', expect: [{ line: 1, message: 'predefined ${TARGETPLATFORM} in FROM' }] },
  { name: '$BUILDPLATFORM is the useful one', dockerfile: 'FROM --platform=$BUILDPLATFORM golang AS build\n', expect: [] },
  { name: 'built from parts', dockerfile: 'FROM --platform=$TARGETOS/$TARGETARCH alpine\n', expect: [] },
  { name: 'with a fallback', dockerfile: 'FROM --platform=${TARGETPLATFORM:-linux/arm64} alpine\n', expect: [{ line: 1 }] },
  { name: 'combined with another variable', dockerfile: 'ARG SUFFIX=\nFROM --platform=${TARGETPLATFORM}${SUFFIX} alpine\n', expect: [] },
  { name: 'constant platform', dockerfile: 'FROM --platform=linux/amd64 alpine\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM alpine\n', expect: [] },
]);
