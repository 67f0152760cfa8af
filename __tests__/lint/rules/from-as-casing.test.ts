import { fromAsCasing } from '../../../src/lint/rules/from-as-casing.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(fromAsCasing, [
  { name: 'upper FROM with lower as', dockerfile: 'FROM alpine as builder\n', expect: [{ line: 1, message: "'as' and 'FROM'" }] },
  { name: 'lower from with upper AS', dockerfile: 'from alpine AS builder\n', expect: [{ line: 1, message: "'AS' and 'from'" }] },
  { name: 'matching upper case', dockerfile: 'FROM alpine AS builder\n', expect: [] },
  { name: 'matching lower case', dockerfile: 'from alpine as builder\n', expect: [] },
  { name: 'mixed-case FROM is left to consistent-instruction-casing', dockerfile: 'From alpine as builder\n', expect: [] },
  { name: 'no stage name', dockerfile: 'FROM alpine\n', expect: [] },
  { name: 'second stage only', dockerfile: 'FROM alpine AS a\nFROM a as b\n', expect: [{ line: 2, stage: 'b' }] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=FromAsCasing\nFROM alpine as builder\n', expect: [] },
  { name: 'suppressed by stagecraft ignore', dockerfile: '# stagecraft ignore=from-as-casing\nFROM alpine as builder\n', expect: [] },
  { name: 'ignored in config by alias', dockerfile: 'FROM alpine as builder\n', config: { ignore: ['fromascasing'] }, expect: [] },
  { name: 'severity override', dockerfile: 'FROM alpine as builder\n', config: { severity: { FromAsCasing: 'error' } }, expect: [{ line: 1, severity: 'error' }] },
]);
