import { envSelfReference } from '../../../src/lint/rules/env-self-reference.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(envSelfReference, [
  {
    name: 'braced reference to a key of the same ENV',
    dockerfile: 'FROM debian:12\nENV APP=/app BIN="${APP}/bin"\n',
    expect: [{ line: 2, severity: 'error', message: '`BIN` uses `$APP`' }],
  },
  { name: 'bare reference', dockerfile: 'ENV BLA="blubb" BLUBB="$BLA/blubb"\n', expect: [{ line: 1 }] },
  { name: 'reference among other text', dockerfile: 'ENV A=1 B="$A/$AB/x"\n', expect: [{ line: 1 }] },
  { name: 'used before it is defined in the same ENV', dockerfile: 'ENV B=$A A=1\n', expect: [{ line: 1, message: '`B` uses `$A`' }] },
  { name: 'same key twice, extending itself', dockerfile: 'ENV PATH=/a:${PATH} PATH=/b:${PATH}\n', expect: [{ line: 1 }] },
  { name: 'separate ENV instructions', dockerfile: 'ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"\n', expect: [] },
  { name: 'longer names that start the same', dockerfile: 'ENV BLA="blubb" BLUBB="${BLAFOO}/$BLAFOO/$FOOBLA"\n', expect: [] },
  { name: 'the name without a dollar', dockerfile: 'ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"\n', expect: [] },
  { name: 'single quotes do not expand', dockerfile: "ENV A=1 B='$A'\n", expect: [] },
  { name: 'extending itself', dockerfile: 'ENV PATH=/bla:${PATH}\n', expect: [] },
  { name: 'defined before in an ARG', dockerfile: 'ARG BLA\nENV BLA=x B=${BLA}\n', expect: [] },
  { name: 'defined before in the stage', dockerfile: 'FROM debian:12\nENV BLA=a\nENV BLA=b B=${BLA}\n', expect: [] },
  { name: 'defined in a parent stage', dockerfile: 'FROM debian:12 AS base\nENV BLA=a\nFROM base\nENV BLA=b B=${BLA}\n', expect: [] },
  { name: 'defined only in an unrelated stage', dockerfile: 'FROM debian:12\nENV BLA=a\nFROM debian:12\nENV BLA=b B=${BLA}\n', expect: [{ line: 4 }] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3044\nENV A=1 B=$A\n', expect: [] },
]);
