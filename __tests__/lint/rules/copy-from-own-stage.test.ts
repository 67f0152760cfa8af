import { copyFromOwnStage } from '../../../src/lint/rules/copy-from-own-stage.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(copyFromOwnStage, [
  { name: 'own stage name', dockerfile: 'FROM node:20 AS foo\nCOPY --from=foo bar .\n', expect: [{ line: 2, severity: 'error', stage: 'foo', message: '`foo` is the stage' }] },
  { name: 'own stage name in another case', dockerfile: 'FROM node:20 AS Foo\nCOPY --from=foo bar .\n', expect: [{ line: 2 }] },
  { name: 'own stage index', dockerfile: 'FROM node:20\nFROM node:20\nCOPY --from=1 bar .\n', expect: [{ line: 3, message: 'stage 1' }] },
  { name: 'through an ARG', dockerfile: 'FROM node:20 AS app\nARG SRC=app\nCOPY --from=$SRC bar .\n', expect: [{ line: 3, message: '(`$SRC` resolves to it)' }] },
  { name: 'another stage', dockerfile: 'FROM scratch AS build\nRUN foo\nFROM node:20 AS run\nCOPY --from=build foo .\n', expect: [] },
  { name: 'an image', dockerfile: 'FROM node:20 AS foo\nCOPY --from=foo:1 bar .\n', expect: [] },
  { name: 'ONBUILD COPY refers to the child build', dockerfile: 'FROM node:20 AS foo\nONBUILD COPY --from=foo bar .\n', expect: [] },
  { name: 'global pragma', dockerfile: '# hadolint global ignore = DL3023 , DL3021\nFROM node:20 AS foo\nCOPY --from=foo bar baz .\n', expect: [] },
]);
