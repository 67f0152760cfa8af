import { jsonArgsRecommended } from '../../../src/lint/rules/json-args-recommended.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(jsonArgsRecommended, [
  {
    name: 'shell-form CMD with a plain command: the exec form is spelled out',
    dockerfile: 'FROM node:20\nCMD node server.js\n',
    expect: [{ line: 2, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals: write `CMD ["node", "server.js"]`' }],
  },
  {
    name: 'shell-form ENTRYPOINT with shell syntax: a generic fix',
    dockerfile: 'FROM alpine\nENTRYPOINT ./start.sh && tail -f /dev/null\n',
    expect: [{ line: 2, message: 'write `ENTRYPOINT ["executable", "arg"]`' }],
  },
  { name: 'keyword written in lower case is quoted as written', dockerfile: 'FROM alpine\ncmd top\n', expect: [{ line: 2, message: 'for cmd to prevent' }] },
  { name: 'exec form', dockerfile: 'FROM alpine\nCMD ["top", "-b"]\nENTRYPOINT ["/init"]\n', expect: [] },
  { name: 'SHELL before it', dockerfile: 'FROM alpine\nSHELL ["/bin/bash", "-c"]\nCMD echo hi\n', expect: [] },
  { name: 'SHELL after it does not count', dockerfile: 'FROM alpine\nCMD echo hi\nSHELL ["/bin/bash", "-c"]\n', expect: [{ line: 2 }] },
  { name: 'SHELL inherited from the parent stage', dockerfile: 'FROM alpine AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nENTRYPOINT exec app\n', expect: [] },
  { name: 'SHELL in an unrelated stage does not count', dockerfile: 'FROM alpine AS a\nSHELL ["/bin/ash", "-c"]\nFROM alpine\nCMD app\n', expect: [{ line: 4 }] },
  { name: 'HEALTHCHECK and RUN are not concerned', dockerfile: 'FROM alpine\nRUN echo hi\nHEALTHCHECK CMD wget -q localhost\n', expect: [] },
  { name: 'suppressed by a check comment above the instruction', dockerfile: 'FROM alpine\n# check=skip=JSONArgsRecommended\nCMD app --serve\n', expect: [] },
  // ONBUILD triggers are checked where they are written (docs/compatibility.md).
  { name: 'an ONBUILD CMD trigger in the shell form', dockerfile: 'FROM alpine\nONBUILD CMD node server.js\n', expect: [{ line: 2, message: 'write `ONBUILD CMD ["node", "server.js"]`' }] },
  { name: 'an ONBUILD ENTRYPOINT trigger in the exec form', dockerfile: 'FROM alpine\nONBUILD ENTRYPOINT ["/init"]\n', expect: [] },
  { name: 'a trigger runs after the whole stage: its SHELL counts', dockerfile: 'FROM alpine\nONBUILD CMD app\nSHELL ["/bin/ash", "-c"]\n', expect: [] },
  { name: 'an earlier SHELL trigger counts for a later trigger, not for the stage', dockerfile: 'FROM alpine\nONBUILD SHELL ["/bin/ash", "-c"]\nONBUILD CMD app\nCMD app\n', expect: [{ line: 4 }] },
]);
