import { commandInShellForm } from '../../../src/lint/rules/command-in-shell-form.js';
import { describeRule } from '../../helpers/rule-cases.js';

/**
 * A shell-form CMD or ENTRYPOINT in a stage without a SHELL is json-args-recommended's finding, which
 * carries DL3025 too; this rule reports the rest of what hadolint's DL3025 covers.
 */
describeRule(commandInShellForm, [
  { name: 'CMD before any FROM', dockerfile: 'CMD node server.js\n', expect: [{ line: 1, severity: 'warning', message: 'Write `CMD ["node", "server.js"]`' }] },
  { name: 'ENTRYPOINT before any FROM', dockerfile: 'ENTRYPOINT something\n', expect: [{ line: 1, message: 'SIGTERM' }] },
  { name: 'CMD in a stage is left to json-args-recommended', dockerfile: 'FROM node:20 AS foo\nCMD node server.js\n', expect: [] },
  { name: 'ENTRYPOINT in a stage is left to json-args-recommended', dockerfile: 'FROM node:20\nENTRYPOINT something\n', expect: [] },
  {
    name: 'CMD under a SHELL inherited from a parent stage',
    dockerfile: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD exec node server.js\n',
    expect: [{ line: 4, message: '`/bin/bash -c`' }],
  },
  { name: 'HEALTHCHECK CMD', dockerfile: 'HEALTHCHECK CMD foobar\n', expect: [{ line: 1, message: 'runs the check through `/bin/sh -c`' }] },
  { name: 'HEALTHCHECK with options', dockerfile: 'HEALTHCHECK --interval=5s CMD curl -f http://localhost/\n', expect: [{ line: 1 }] },
  { name: 'shell syntax: no array to suggest', dockerfile: 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n', expect: [{ line: 1, message: 'start the command with `exec`' }] },
  { name: 'invalid JSON falls back to the shell form', dockerfile: "CMD ['echo', 'hi']\n", expect: [{ line: 1, message: 'not valid JSON' }] },
  {
    name: 'the SHELL in effect is named',
    dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD .\\start.ps1\n',
    expect: [{ line: 3, message: '`powershell -Command`' }],
  },
  { name: 'CMD exec form', dockerfile: 'FROM scratch\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]\n', expect: [] },
  { name: 'ENTRYPOINT exec form', dockerfile: 'ENTRYPOINT ["foo", "bar"]\n', expect: [] },
  { name: 'HEALTHCHECK exec form', dockerfile: 'HEALTHCHECK CMD [ "foobar" ]\n', expect: [] },
  { name: 'HEALTHCHECK NONE', dockerfile: 'HEALTHCHECK NONE\n', expect: [] },
  { name: 'exec form across continuation lines', dockerfile: 'CMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n', expect: [] },
  { name: 'ONBUILD CMD', dockerfile: 'FROM node:20\nONBUILD CMD node server.js\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: 'FROM node:20\n# hadolint ignore=DL3025\nHEALTHCHECK CMD node check.js\n', expect: [] },
]);
