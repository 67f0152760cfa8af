import { npmInstallUnpinned } from '../../../src/lint/rules/npm-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM node:22-slim\n';

describeRule(npmInstallUnpinned, [
  { name: 'unpinned global tool', dockerfile: `${from}RUN npm install -g typescript\n`, expect: [{ line: 2, severity: 'warning', message: '`typescript` has no version' }] },
  { name: 'npm i alias', dockerfile: `${from}RUN npm i -g pnpm\n`, expect: [{ line: 2, message: '`pnpm`' }] },
  { name: 'from package.json and the lockfile', dockerfile: `${from}RUN npm install\n`, expect: [] },
  { name: 'flags only', dockerfile: `${from}RUN npm install --omit=dev --no-audit\n`, expect: [] },
  { name: 'npm ci', dockerfile: `${from}RUN npm ci\n`, expect: [] },
  { name: 'version', dockerfile: `${from}RUN npm install -g typescript@5.5.4\n`, expect: [] },
  { name: 'quoted range', dockerfile: `${from}RUN npm install -g typescript@"^5.5"\n`, expect: [] },
  { name: 'scoped package with version', dockerfile: `${from}RUN npm install @nestjs/cli@10.4.2\n`, expect: [] },
  { name: 'scoped package without version', dockerfile: `${from}RUN npm install @nestjs/cli\n`, expect: [{ line: 2, message: '`@nestjs/cli`' }] },
  { name: 'one of two unpinned', dockerfile: `${from}RUN npm install eslint@9.8.0 prettier\n`, expect: [{ line: 2, message: '`prettier` has' }] },
  { name: 'git URL with a ref', dockerfile: `${from}RUN npm install git+https://github.com/org/tool.git#v2.1.0\n`, expect: [] },
  { name: 'git URL without a ref', dockerfile: `${from}RUN npm install git+https://github.com/org/tool.git\n`, expect: [{ line: 2 }] },
  { name: 'tarball', dockerfile: `${from}RUN npm install ./vendor/tool-2.1.0.tgz\n`, expect: [] },
  { name: 'folder', dockerfile: `${from}RUN npm install ../shared\n`, expect: [] },
  { name: '--registry value is not a package', dockerfile: `${from}RUN npm install --registry https://npm.example.com typescript@5.5.4\n`, expect: [] },
  { name: '--loglevel value is not a package', dockerfile: `${from}RUN npm install --loglevel warn typescript@5.5.4\n`, expect: [] },
  { name: 'another subcommand mentioning install', dockerfile: `${from}RUN npm run install\n`, expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN npm install -g typescript\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN npm install -g typescript\n`, expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM node:22 AS build\nRUN npm install -g typescript\nFROM node:22-slim\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3016\nRUN npm install -g typescript\n`, expect: [] },
]);
