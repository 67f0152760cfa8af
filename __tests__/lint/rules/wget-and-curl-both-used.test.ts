import { wgetAndCurlBothUsed } from '../../../src/lint/rules/wget-and-curl-both-used.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(wgetAndCurlBothUsed, [
  { name: 'two RUNs', dockerfile: 'FROM node AS foo\nRUN wget my.xyz\nRUN curl localhost\n', expect: [{ line: 3, message: 'line 2 of the same stage uses wget' }] },
  { name: 'one RUN', dockerfile: 'FROM node AS foo\nRUN wget my.xyz && curl localhost\n', expect: [{ line: 2, message: 'both wget and curl' }] },
  { name: 'only the RUNs that download are reported', dockerfile: 'FROM node\nRUN wget a\nRUN curl b\nRUN echo hi\nRUN wget c\n', expect: [{ line: 3 }, { line: 5 }] },
  { name: 'fragment', dockerfile: 'RUN wget a\nRUN curl b\n', expect: [{ line: 2 }] },
  { name: 'ONBUILD triggers among themselves', dockerfile: 'FROM node\nONBUILD RUN wget a\nONBUILD RUN curl b\n', expect: [{ line: 3 }] },
  { name: 'one tool', dockerfile: 'FROM node\nRUN wget a\nRUN wget b\n', expect: [] },
  { name: 'different stages', dockerfile: 'FROM node AS foo\nRUN wget a\nFROM scratch\nRUN curl b\n', expect: [] },
  { name: 'a trigger runs in another build than the RUNs', dockerfile: 'FROM node\nRUN wget a\nONBUILD RUN curl b\n', expect: [] },
  { name: 'the tool names as words are not commands', dockerfile: 'FROM node\nRUN apt-get install -y curl wget\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM node\nRUN wget a\n# hadolint ignore=DL4001\nRUN curl b\n', expect: [] },
]);
