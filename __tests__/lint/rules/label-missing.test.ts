import { labelMissing } from '../../../src/lint/rules/label-missing.js';
import { describeRule } from '../../helpers/rule-cases.js';

const schema = { labelSchema: { 'org.opencontainers.image.source': 'url' as const } };
const LABEL = 'LABEL org.opencontainers.image.source=https://example.com/app\n';

describeRule(labelMissing, [
  { name: 'missing', dockerfile: 'FROM alpine\nLABEL other=1\n', config: schema, expect: [{ line: 1, severity: 'info', message: 'Label `org.opencontainers.image.source` is missing' }] },
  { name: 'one finding per missing label', dockerfile: 'FROM alpine\n', config: { labelSchema: { a: 'text', b: 'text' } }, expect: [{ line: 1, message: '`a`' }, { line: 1, message: '`b`' }] },
  { name: 'present', dockerfile: `FROM alpine\n${LABEL}`, config: schema, expect: [] },
  { name: 'inherited from a parent stage', dockerfile: `FROM alpine AS base\n${LABEL}FROM base\n`, config: schema, expect: [] },
  { name: 'set in the final stage only', dockerfile: `FROM alpine AS build\nRUN make\nFROM alpine\n${LABEL}`, config: schema, expect: [] },
  { name: 'reported on the shipped stage', dockerfile: `FROM alpine AS base\n${LABEL}FROM alpine AS final\n`, config: schema, expect: [{ line: 3, stage: 'final' }] },
  { name: 'a builder stage may lack it', dockerfile: `FROM alpine AS build\nFROM alpine\n${LABEL}COPY --from=build /a /a\n`, config: schema, expect: [] },
  { name: 'the --target decides', dockerfile: `FROM alpine AS dev\nFROM alpine AS prod\n${LABEL}`, config: schema, target: 'dev', expect: [{ line: 1, stage: 'dev' }] },
  { name: 'an ONBUILD LABEL labels another image', dockerfile: 'FROM alpine\nONBUILD LABEL org.opencontainers.image.source=x\n', config: schema, expect: [{ line: 1 }] },
  { name: 'no schema, no finding', dockerfile: 'FROM alpine\n', expect: [] },
  { name: 'fragment without FROM', dockerfile: 'LABEL x=1\n', config: schema, expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3049\nFROM alpine\n', config: schema, expect: [] },
]);
