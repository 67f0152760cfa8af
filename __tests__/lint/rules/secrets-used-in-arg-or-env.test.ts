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
  {
    name: 'public OpenPGP fingerprints under a KEY name are not secrets',
    dockerfile:
      'FROM alpine\nENV KEY=7169605F62C751356D054A26A821E680E5FA6305\nARG SIGNER_KEY="A035C8C19219BA821ECEA86B64E628F8D684696D 0x64E628F8D684696D"\nENV NODE_KEYS_KEY 4ED778F539E3634C779C87C6D7062848A1AB005C, 94AE36675C464D64BAFA68DD7434390BDBE9B9C5\n',
    expect: [],
  },
  {
    name: 'a KEY named GPG, PGP, RELEASE_KEY or PUBLIC, whatever its value',
    dockerfile: 'FROM python:3.12\nENV GPG_KEY=$PYTHON_GPG\nARG PGP_KEY\nARG NODE_RELEASE_KEY\nARG SIGNING_PUBLIC_KEY=x\n',
    expect: [],
  },
  {
    name: 'KEY beside another secret word is a secret even with a hex value',
    dockerfile:
      'FROM alpine\nENV API_KEY=7169605F62C751356D054A26A821E680E5FA6305\nARG GPG_PRIVATE_KEY\nENV NEW_RELIC_LICENSE_KEY=0123456789abcdef0123456789abcdef01234567\nARG GPG_KEY_PASSWORD\n',
    expect: [{ line: 2, message: '"API_KEY"' }, { line: 3, message: '"GPG_PRIVATE_KEY"' }, { line: 4, message: '"NEW_RELIC_LICENSE_KEY"' }, { line: 5, message: '"GPG_KEY_PASSWORD"' }],
  },
  {
    name: 'a signing key given by its fingerprint, also through an ARG',
    dockerfile: 'FROM swift:6.0\nARG SWIFT_SIGNING_KEY=E813C892820A6FA13755B268F167DF1ACF9CE069\nENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY\n',
    expect: [],
  },
  { name: 'a KEY whose value is no fingerprint', dockerfile: 'FROM alpine\nENV KEY=hunter2\nARG DEPLOY_KEY=0123456789ABCDEF01\n', expect: [{ line: 2 }, { line: 3 }] },
  {
    name: 'ONBUILD triggers where they are written',
    dockerfile: 'FROM alpine\nONBUILD ENV API_TOKEN=abc\nONBUILD ARG DB_PASSWORD\nONBUILD ENV ${P}_TOKEN=x\nONBUILD RUN echo token\n',
    expect: [{ line: 2, message: '(ENV "API_TOKEN")' }, { line: 3, message: '(ARG "DB_PASSWORD")' }, { line: 4, message: '(ENV "${P}_TOKEN")' }],
  },
  { name: 'an ONBUILD fingerprint is quiet too', dockerfile: 'FROM alpine\nONBUILD ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305\n', expect: [] },
  { name: 'suppressed for one instruction by a check comment', dockerfile: 'FROM alpine\n# check=skip=SecretsUsedInArgOrEnv\nARG NPM_TOKEN\nARG GH_TOKEN\n', expect: [{ line: 4 }] },
]);
