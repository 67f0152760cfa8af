import { legacyKeyValueFormat } from '../../../src/lint/rules/legacy-key-value-format.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(legacyKeyValueFormat, [
  {
    name: 'legacy ENV',
    dockerfile: 'FROM alpine\nENV LANG C.UTF-8\n',
    expect: [{ line: 2, message: '"ENV key=value" should be used instead of legacy "ENV key value" format: write `ENV LANG=C.UTF-8`' }],
  },
  { name: 'legacy LABEL with spaces gets quotes', dockerfile: 'FROM alpine\nLABEL description A small image\n', expect: [{ line: 2, message: 'write `LABEL description="A small image"`' }] },
  { name: 'a quoted legacy value keeps its quotes', dockerfile: "FROM alpine\nENV GREETING 'hello world'\n", expect: [{ line: 2, message: "write `ENV GREETING='hello world'`" }] },
  { name: 'a value that cannot be rewritten mechanically', dockerfile: 'FROM alpine\nENV OPTS "-a" -b\n', expect: [{ line: 2, message: 'write `ENV OPTS="…"` with the value quoted' }] },
  { name: 'keyword as written', dockerfile: 'from alpine\nenv A b\n', expect: [{ line: 2, message: '"env key=value" should be used instead of legacy "env key value"' }] },
  { name: 'key=value', dockerfile: 'FROM alpine\nENV LANG=C.UTF-8 TZ=UTC\nLABEL a=b\n', expect: [] },
  { name: 'ARG is not concerned', dockerfile: 'FROM alpine\nARG A\n', expect: [] },
  { name: 'in a stage built from another one', dockerfile: 'FROM alpine AS a\nFROM a\nENV X y\n', expect: [{ line: 3 }] },
  { name: 'suppressed by a check comment', dockerfile: 'FROM alpine\n# check=skip=LegacyKeyValueFormat\nENV X y\n', expect: [] },
  // ONBUILD triggers are checked where they are written (docs/compatibility.md).
  { name: 'an ONBUILD ENV trigger', dockerfile: 'FROM alpine\nONBUILD ENV A 1\n', expect: [{ line: 2, message: 'write `ONBUILD ENV A=1`' }] },
  { name: 'an ONBUILD LABEL trigger in key=value form', dockerfile: 'FROM alpine\nONBUILD LABEL a=b\n', expect: [] },
]);
