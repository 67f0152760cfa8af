import { sensitiveDataInArgOrEnv } from '../../../src/lint/rules/sensitive-data-in-arg-or-env.js';
import { describeRule } from '../../helpers/rule-cases.js';

/**
 * Names BuildKit's check also flags, in an ARG or ENV of a stage (ONBUILD triggers included), are
 * secrets-used-in-arg-or-env's findings (it carries DL3064 too); this rule reports the rest of what
 * hadolint's DL3064 covers.
 */
describeRule(sensitiveDataInArgOrEnv, [
  { name: 'known name in a global ARG', dockerfile: 'ARG AWS_ACCESS_KEY_ID\nFROM debian:12\n', expect: [{ line: 1, severity: 'warning', message: 'ARG `AWS_ACCESS_KEY_ID`' }] },
  { name: 'suspicious word, lower case, global ARG', dockerfile: 'ARG openai_api_key\nFROM debian:12\n', expect: [{ line: 1 }] },
  { name: 'known name BuildKit does not flag', dockerfile: 'FROM debian:12\nENV DOCKER_USERNAME=ci\n', expect: [{ line: 2, message: 'ENV `DOCKER_USERNAME` is stored in the image config' }] },
  { name: 'one finding per ENV', dockerfile: 'FROM debian:12\nENV REPO_PRIVATE=a CF_USERNAME=b\n', expect: [{ line: 2, message: '`REPO_PRIVATE`, `CF_USERNAME` are stored' }] },
  { name: 'one finding per ARG name', dockerfile: 'FROM debian:12\nARG CF_USERNAME OS_USERNAME\n', expect: [{ line: 2 }, { line: 2 }] },
  { name: 'ONBUILD ENV', dockerfile: 'FROM debian:12\nONBUILD ENV DOCKER_USERNAME=ci PGPASSWORD=x\n', expect: [{ line: 2, message: 'ENV `DOCKER_USERNAME`, `PGPASSWORD`' }] },
  { name: 'a name BuildKit reports in a stage', dockerfile: 'FROM debian:12\nARG GITHUB_TOKEN\nENV my_password=abc\n', expect: [] },
  { name: 'harmless names', dockerfile: 'ARG foobar\nFROM debian:12\nENV foobar=barfoo\n', expect: [] },
  {
    name: "hadolint's words anywhere in the name",
    dockerfile: 'FROM postgres:16\nENV PGPASSWORD=postgres\nARG GITHUBTOKEN\nENV MY_PRIVATEKEY=x\n',
    expect: [{ line: 2, message: 'ENV `PGPASSWORD`' }, { line: 3, message: 'ARG `GITHUBTOKEN`' }, { line: 4, message: 'ENV `MY_PRIVATEKEY`' }],
  },
  { name: 'in a global ARG too', dockerfile: 'ARG PGPASSWORD\nFROM postgres:16\n', expect: [{ line: 1 }] },
  { name: 'tokenizers hold no token', dockerfile: 'FROM python:3.12\nENV TOKENIZERS_PARALLELISM=false\n', expect: [] },
  {
    name: 'public OpenPGP fingerprints are not secrets',
    dockerfile: 'ARG GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305\nFROM debian:12\nENV PGP_KEY_TOKEN_ID=0x64E628F8D684696D\n',
    expect: [],
  },
  { name: 'an ONBUILD ENV BuildKit reports is its finding', dockerfile: 'FROM debian:12\nONBUILD ENV AWS_SECRET_ACCESS_KEY=x API_TOKEN=abc\n', expect: [] },
  { name: 'a path to a secret', dockerfile: 'ARG SECRET_KEY_PATH=/run/secrets/key\nFROM debian:12\n', expect: [] },
  { name: 'an account name', dockerfile: 'FROM debian:12\nARG USERNAME=vscode\n', expect: [] },
  { name: 'ONBUILD RUN is not an ARG', dockerfile: 'FROM debian:12\nONBUILD RUN foobar\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: 'FROM debian:12\n# hadolint ignore=DL3064\nARG DOCKER_USERNAME\n', expect: [] },
]);
