import { secretsUsedInArgOrEnv } from '../../../src/lint/rules/secrets-used-in-arg-or-env.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(secretsUsedInArgOrEnv, [
  {
    name: 'ARG named like a token',
    dockerfile: 'FROM alpine\nARG NPM_TOKEN\n',
    expect: [{ line: 2, message: 'Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN"): values stay in the image history; pass it with `RUN --mount=type=secret,id=npm_token`' }],
  },
  { name: 'ENV with a password, any case', dockerfile: 'FROM postgres\nENV Db_Password=changeme\n', expect: [{ line: 2, message: '(ENV "Db_Password")' }] },
  { name: 'every pair of one instruction', dockerfile: 'FROM alpine\nENV API_KEY=a AWS_SECRET_ACCESS=b HOME=/root\n', expect: [{ line: 2, message: 'API_KEY' }, { line: 2, message: 'AWS_SECRET_ACCESS' }] },
  { name: 'legacy ENV form', dockerfile: 'FROM alpine\nENV AUTH basic\n', expect: [{ line: 2, message: '"AUTH"' }] },
  { name: 'the word must be a whole _-separated part at either end', dockerfile: 'FROM alpine\nARG KEYBOARD_LAYOUT\nENV MONKEY=1 TOKENIZER=x\n', expect: [] },
  { name: 'names that describe a secret rather than hold it', dockerfile: 'FROM alpine\nARG GPG_PUBLIC_KEY\nENV PASSWORD_FILE=/run/secrets/pw TOKEN_VERSION=2\n', expect: [] },
  { name: 'global ARGs are not checked (BuildKit only checks stage instructions)', dockerfile: 'ARG GITHUB_TOKEN\nFROM alpine\n', expect: [] },
  { name: 'ENV names are expanded first', dockerfile: 'FROM alpine\nARG PREFIX=DB\nENV ${PREFIX}_PASSWORD=x\n', expect: [{ line: 3, message: '"DB_PASSWORD"' }] },
  { name: 'suppressed for one instruction by a check comment', dockerfile: 'FROM alpine\n# check=skip=SecretsUsedInArgOrEnv\nARG NPM_TOKEN\nARG GH_TOKEN\n', expect: [{ line: 4 }] },
]);
