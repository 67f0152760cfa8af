import { instructionBeforeFrom } from '../../../src/lint/rules/instruction-before-from.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(instructionBeforeFrom, [
  { name: 'LABEL before FROM', dockerfile: 'LABEL foo=bar\nFROM foo:1\n', expect: [{ line: 1, severity: 'error', message: 'the first `FROM` (line 2)' }] },
  { name: 'each one before FROM', dockerfile: 'ENV A=1\nRUN x\nFROM foo:1\n', expect: [{ line: 1 }, { line: 2 }] },
  { name: 'fragment without FROM', dockerfile: 'RUN foo\n', expect: [{ line: 1, message: 'before any `FROM`' }] },
  { name: 'ONBUILD before FROM', dockerfile: 'ONBUILD RUN x\nFROM foo:1\n', expect: [{ line: 1 }] },
  { name: 'ARG before FROM', dockerfile: 'ARG A=B\nFROM foo:1\nLABEL foo=bar\n', expect: [] },
  { name: 'comments and directives', dockerfile: '# syntax=docker/dockerfile:1\n# a comment\nFROM foo:1\n', expect: [] },
  { name: 'unknown instructions are parse errors', dockerfile: 'RUNN x\nFROM foo:1\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3061\nLABEL foo=bar\nFROM foo:1\n', expect: [] },
]);
