import { healthcheckMissing } from '../../../src/lint/rules/healthcheck-missing.js';
import { describeRule } from '../../helpers/rule-cases.js';

/** Off by default (hadolint's "ignore" level): these cases switch it on. */
const on = { severity: { 'healthcheck-missing': 'info' as const } };

describeRule(healthcheckMissing, [
  { name: 'off by default', dockerfile: 'FROM nginx:1.27\n', expect: [] },
  { name: 'no HEALTHCHECK', dockerfile: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n', config: on, expect: [{ line: 1, severity: 'info' }] },
  { name: 'HEALTHCHECK CMD', dockerfile: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n', config: on, expect: [] },
  { name: 'HEALTHCHECK NONE is a decision', dockerfile: 'FROM scratch\nHEALTHCHECK NONE\n', config: on, expect: [] },
  {
    name: 'inherited from a parent stage',
    dockerfile: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nCOPY site /srv\n',
    config: on,
    expect: [],
  },
  {
    name: 'only the target matters, not build stages',
    dockerfile: 'FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nHEALTHCHECK CMD ["/app", "health"]\n',
    config: on,
    expect: [],
  },
  {
    name: 'a HEALTHCHECK in another branch does not count',
    dockerfile: 'FROM scratch AS base1\nFROM base1 AS end1\nHEALTHCHECK NONE\nFROM base1 AS end2\n',
    config: on,
    expect: [{ line: 4, stage: 'end2', message: 'stage `end2`' }],
  },
  { name: 'a HEALTHCHECK in a stage that is not shipped', dockerfile: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\n', config: on, expect: [{ line: 3 }] },
  { name: '--target picks the image', dockerfile: 'FROM a:1 AS dev\nFROM a:1 AS prod\nHEALTHCHECK CMD x\n', target: 'dev', config: on, expect: [{ line: 1 }] },
  { name: 'ONBUILD HEALTHCHECK is for child images', dockerfile: 'FROM a:1\nONBUILD HEALTHCHECK CMD x\n', config: on, expect: [{ line: 1 }] },
  { name: 'fragment without FROM', dockerfile: 'RUN foo\n', config: on, expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3057\nFROM nginx:1.27\n', config: on, expect: [] },
]);
