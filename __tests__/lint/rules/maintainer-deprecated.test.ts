import { maintainerDeprecated } from '../../../src/lint/rules/maintainer-deprecated.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(maintainerDeprecated, [
  {
    name: 'MAINTAINER with an address',
    dockerfile: 'FROM alpine\nMAINTAINER Jane Doe <jane@example.com>\n',
    expect: [{ line: 2, message: 'Maintainer instruction is deprecated in favor of using label: write `LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"`' }],
  },
  { name: 'lower-case keyword', dockerfile: 'from alpine\nmaintainer ops\n', expect: [{ line: 2 }] },
  { name: 'in every stage', dockerfile: 'FROM alpine AS a\nMAINTAINER x\nFROM a\nMAINTAINER y\n', expect: [{ line: 2 }, { line: 4 }] },
  { name: 'the label instead', dockerfile: 'FROM alpine\nLABEL org.opencontainers.image.authors="ops@example.com"\n', expect: [] },
  { name: 'suppressed by a hadolint-style comment', dockerfile: 'FROM alpine\n# hadolint ignore=MaintainerDeprecated\nMAINTAINER ops\n', expect: [] },
]);
