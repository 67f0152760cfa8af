import { inlineIgnorePragma } from '../../../src/lint/rules/inline-ignore-pragma.js';
import { describeRule } from '../../helpers/rule-cases.js';

/** The rule is off by default (hadolint's "ignore" level): these cases switch it on. */
const on = { severity: { DL1001: 'info' as const } };

describeRule(inlineIgnorePragma, [
  { name: 'off by default', dockerfile: 'FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n', expect: [] },
  {
    name: 'hadolint pragma above an instruction',
    dockerfile: 'FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n',
    config: on,
    expect: [{ line: 2, severity: 'info', message: 'silences DL3018 on line 3' }],
  },
  { name: 'stagecraft pragma', dockerfile: 'FROM alpine:3.20\n# stagecraft ignore=apk-add-unpinned\nRUN apk add curl\n', config: on, expect: [{ line: 2 }] },
  { name: 'several codes with spaces', dockerfile: '# hadolint ignore=DL3003, DL3008\nRUN cd /x\n', config: on, expect: [{ line: 1, message: 'DL3003, DL3008' }] },
  { name: 'in an ONBUILD image', dockerfile: 'FROM node:20\n# hadolint ignore=DL3016\nONBUILD RUN npm i -g x\n', config: on, expect: [{ line: 2 }] },
  { name: 'global pragma is configuration, not inline', dockerfile: '# hadolint global ignore=DL3008\nFROM debian:12\n', config: on, expect: [] },
  { name: 'stage pragma is not inline', dockerfile: '# hadolint stage ignore=DL3008\nFROM debian:12\n', config: on, expect: [] },
  { name: 'shell pragma', dockerfile: '# hadolint shell=powershell\nRUN Get-Item x\n', config: on, expect: [] },
  { name: 'ordinary comment', dockerfile: '# build the app\nFROM debian:12\n', config: on, expect: [] },
  { name: 'comment inside a continuation', dockerfile: 'FROM debian:12\nRUN a \\\n# hadolint ignore=DL3008\n  && b\n', config: on, expect: [] },
  {
    name: 'suppressed in config by alias',
    dockerfile: '# hadolint ignore=DL3003\nRUN cd /x\n',
    config: { ...on, ignore: ['DL1001'] },
    expect: [],
  },
]);
