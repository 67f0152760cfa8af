import { yarnInstallKeepsCache } from '../../../src/lint/rules/yarn-install-keeps-cache.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM node:22-slim\n';

describeRule(yarnInstallKeepsCache, [
  { name: 'no cache clean', dockerfile: `${from}RUN yarn install --frozen-lockfile\n`, expect: [{ line: 2, severity: 'info', message: 'End the same RUN with `&& yarn cache clean`' }] },
  { name: 'cache clean afterwards', dockerfile: `${from}RUN yarn install --frozen-lockfile && yarn cache clean\n`, expect: [] },
  { name: 'cache clean before the install', dockerfile: `${from}RUN yarn cache clean && yarn install\n`, expect: [{ line: 2, message: 'runs before the install' }] },
  { name: 'cache removed with rm', dockerfile: `${from}RUN yarn install && rm -rf /usr/local/share/.cache/yarn\n`, expect: [] },
  { name: 'cache dir removed with rm', dockerfile: `${from}RUN yarn install && rm -rf "$(yarn cache dir)"\n`, expect: [] },
  { name: 'clean in a later RUN is too late', dockerfile: `${from}RUN yarn install\nRUN yarn cache clean\n`, expect: [{ line: 2 }] },
  { name: 'cache mount', dockerfile: `${from}RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n`, expect: [] },
  { name: 'cache mount at --cache-folder', dockerfile: `${from}RUN --mount=type=cache,target=/yarn-cache yarn install --cache-folder /yarn-cache\n`, expect: [] },
  { name: 'cache mount at YARN_CACHE_FOLDER', dockerfile: `${from}ENV YARN_CACHE_FOLDER=/yarn-cache\nRUN --mount=type=cache,target=/yarn-cache yarn install\n`, expect: [] },
  { name: 'tmpfs mount elsewhere', dockerfile: `${from}RUN --mount=type=tmpfs,target=/var/lib/other yarn install\n`, expect: [{ line: 2 }] },
  { name: 'yarn add is not an install', dockerfile: `${from}RUN yarn add left-pad@1.3.0\n`, expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN yarn install\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN yarn install\n`, expect: [{ line: 2 }] },
  {
    name: 'build stage that never ships',
    dockerfile: 'FROM node:22 AS build\nRUN yarn install && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
    expect: [],
  },
  { name: 'stage the target is built FROM', dockerfile: 'FROM node:22 AS deps\nRUN yarn install\nFROM deps\nRUN echo ready\n', expect: [{ line: 2, stage: 'deps' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3060\nRUN yarn install\n`, expect: [] },
]);
