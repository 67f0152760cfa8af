import { apkAddKeepsCache } from '../../../src/lint/rules/apk-add-keeps-cache.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(apkAddKeepsCache, [
  { name: 'apk add without --no-cache', dockerfile: 'FROM alpine:3.20\nRUN apk add jq=1.7.1-r0\n', expect: [{ line: 2, severity: 'info', message: '`apk add jq=1.7.1-r0`' }] },
  { name: 'apk --update add', dockerfile: 'FROM alpine:3.20\nRUN apk --update add jq=1.7.1-r0\n', expect: [{ line: 2 }] },
  { name: '--no-cache', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache jq=1.7.1-r0\n', expect: [] },
  { name: '--no-cache before add', dockerfile: 'FROM alpine:3.20\nRUN apk --no-cache add jq=1.7.1-r0\n', expect: [] },
  { name: '--no-network downloads nothing', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $deps\n', expect: [] },
  { name: 'cache removed in the same RUN', dockerfile: 'FROM alpine:3.20\nRUN apk add jq=1.7.1-r0 && rm -rf /var/cache/apk/*\n', expect: [] },
  { name: 'cache removed in a later RUN is too late', dockerfile: 'FROM alpine:3.20\nRUN apk add jq=1.7.1-r0\nRUN rm -rf /var/cache/apk/*\n', expect: [{ line: 2 }] },
  { name: 'cache mount', dockerfile: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add jq=1.7.1-r0\n', expect: [] },
  { name: 'tmpfs mount', dockerfile: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add -U jq=1.7.1-r0\n', expect: [] },
  { name: 'cache mount elsewhere', dockerfile: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add jq=1.7.1-r0\n', expect: [{ line: 2 }] },
  { name: 'apk update alone', dockerfile: 'FROM alpine:3.20\nRUN apk update\n', expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN apk add jq\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM alpine:3.20\nONBUILD RUN apk add jq\n', expect: [{ line: 2 }] },
  {
    name: 'build stage that never ships',
    dockerfile: 'FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20\nCOPY --from=build /usr/bin/gcc /usr/bin/gcc\n',
    expect: [],
  },
  { name: 'stage the target is built FROM', dockerfile: 'FROM alpine:3.20 AS base\nRUN apk add jq\nFROM base\n', expect: [{ line: 2, stage: 'base' }] },
  { name: 'suppressed', dockerfile: 'FROM alpine:3.20\n# hadolint ignore=DL3019\nRUN apk add jq\n', expect: [] },
]);
