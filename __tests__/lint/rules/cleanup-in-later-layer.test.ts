import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/lint/engine.js';
import { cleanupInLaterLayer } from '../../../src/lint/rules/cleanup-in-later-layer.js';
import { describeRule } from '../../helpers/rule-cases.js';

/** A Node app installed and built in the image, then its devDependencies removed by `removal` in a RUN of its own. */
const nodeRemovedLater = (install: string, removal: string) =>
  `FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN ${install} && ${install.split(' ')[0]} run build\nRUN ${removal}\nCMD ["node", "dist/index.js"]\n`;

describeRule(cleanupInLaterLayer, [
  {
    name: 'build packages purged in a later RUN',
    dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nRUN pip install psycopg2\nRUN apt-get purge -y gcc libpq-dev\n',
    expect: [{ line: 4, severity: 'warning', message: '`gcc`, `libpq-dev` (installed on line 2)' }],
  },
  {
    name: 'apk del of a virtual package added earlier',
    dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\nRUN make\nRUN apk del .build-deps\n',
    expect: [{ line: 4, message: '`.build-deps`' }],
  },
  {
    name: 'the same RUN installs and removes: one layer, nothing ships',
    dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc && make && apk del .build-deps\n',
    expect: [],
  },
  {
    name: 'a downloaded archive removed later',
    dockerfile: 'FROM debian:12\nWORKDIR /tmp\nRUN curl -fsSL -o node.tar.xz https://nodejs.org/dist/v20.0.0/node.tar.xz && tar -xJf node.tar.xz -C /usr/local\nRUN rm node.tar.xz\n',
    expect: [{ line: 4, message: '`/tmp/node.tar.xz` (downloaded on line 3)' }],
  },
  {
    name: 'a cloned build tree removed later',
    dockerfile: 'FROM debian:12\nRUN git clone https://github.com/acme/lib.git /src/lib && make -C /src/lib install\nRUN rm -rf /src/lib\n',
    expect: [{ line: 3, message: '`/src/lib` (cloned on line 2)' }],
  },
  {
    name: 'a cache filled earlier, removed later',
    dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nRUN rm -rf /root/.cache\n',
    expect: [{ line: 4, message: '`/root/.cache/pip`' }],
  },
  {
    name: 'removing in the same RUN is the fix',
    dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt && rm -rf /root/.cache\n',
    expect: [],
  },
  {
    // With apt-lists-not-deleted on, its finding on line 2 carries this one (__tests__/lint/related.test.ts).
    name: 'apt lists removed later: on its own only as a pointer to the update, at its level',
    dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
    expect: [{ line: 3, severity: 'info', message: 'apt lists (`/var/lib/apt/lists`) that line 2 downloaded' }],
  },
  {
    name: 'apt lists on a cache mount are not in the layer',
    dockerfile: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
    expect: [],
  },
  {
    name: 'apt lists removed in the same RUN are fine',
    dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*\n',
    expect: [],
  },
  {
    name: 'cleanup in a build stage nobody ships does not matter',
    dockerfile: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nRUN apt-get purge -y gcc\nFROM debian:12\nCMD ["true"]\n',
    expect: [],
  },
  {
    name: 'removing what the base image brought is not a later-layer cleanup',
    dockerfile: 'FROM node:20\nRUN rm -rf /usr/local/lib/node_modules/npm\n',
    expect: [],
  },
  // Development dependencies removed in a later RUN: gone from the filesystem, still in the install's layer.
  {
    name: 'npm prune --omit=dev in a later RUN',
    dockerfile: nodeRemovedLater('npm ci', 'npm prune --omit=dev'),
    expect: [{ line: 5, severity: 'warning', message: 'removes the devDependencies that `npm ci` installed on line 4, but that layer already holds them: the image still ships every byte. Remove them in the RUN that installs them (`npm ci && … && npm prune --omit=dev`)' }],
  },
  { name: 'npm prune --production in a later RUN', dockerfile: nodeRemovedLater('npm ci', 'npm prune --production'), expect: [{ line: 5, message: '`npm ci` installed on line 4' }] },
  { name: 'npm ci --omit=dev in a later RUN', dockerfile: nodeRemovedLater('npm ci', 'npm ci --omit=dev'), expect: [{ line: 5, message: '`npm ci` installed on line 4' }] },
  { name: 'rm -rf node_modules and a production install in a later RUN', dockerfile: nodeRemovedLater('npm install', 'rm -rf node_modules && npm install --omit=dev'), expect: [{ line: 5, message: '`npm install` installed on line 4' }] },
  { name: 'yarn install --production in a later RUN', dockerfile: nodeRemovedLater('yarn install --frozen-lockfile', 'yarn install --production --frozen-lockfile'), expect: [{ line: 5, message: '(`yarn install && … && yarn install --production`)' }] },
  { name: 'pnpm prune --prod in a later RUN', dockerfile: nodeRemovedLater('pnpm install --frozen-lockfile', 'pnpm prune --prod'), expect: [{ line: 5, message: '(`pnpm install && … && pnpm prune --prod`)' }] },
  { name: 'pnpm install --prod in a later RUN', dockerfile: nodeRemovedLater('pnpm install --frozen-lockfile', 'pnpm install --prod --frozen-lockfile'), expect: [{ line: 5, message: '`pnpm install` installed on line 4' }] },
  {
    name: 'a later stage FROM the one that installed: its layers are the image\'s too',
    dockerfile: 'FROM node:20-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM build\nRUN npm prune --omit=dev\nCMD ["node", "dist/index.js"]\n',
    expect: [{ line: 6, message: '`npm ci` installed on line 4' }],
  },
  { name: 'pruned in the RUN that installs and builds: one layer, nothing ships', dockerfile: nodeRemovedLater('npm ci', 'true').replace('npm run build', 'npm run build && npm prune --omit=dev'), expect: [] },
  { name: 'a plain npm prune leaves the devDependencies where they are: nothing removed', dockerfile: nodeRemovedLater('npm ci', 'npm prune'), expect: [] },
  { name: 'bun install --production keeps what an earlier bun install put there: nothing removed', dockerfile: nodeRemovedLater('bun install', 'bun install --production'), expect: [] },
  {
    name: 'node_modules copied from the build stage, then pruned in the image',
    dockerfile:
      'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nCOPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist\nRUN npm prune --omit=dev\nCMD ["node", "dist/index.js"]\n',
    expect: [{ line: 10, message: 'removes the devDependencies that the COPY on line 8 brought from `build` (where `npm ci` installed them, line 4), but that layer already holds them: the image still ships every byte. Remove them in `build` before the copy (`npm prune --omit=dev` after its build)' }],
  },
  {
    name: 'copied on through another stage: the message names the install where it ran',
    dockerfile:
      'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:20-slim AS staging\nCOPY --from=build /app /srv\nFROM node:20-slim\nWORKDIR /srv\nCOPY --from=staging /srv /srv\nRUN npm prune --omit=dev\nCMD ["node", "dist/index.js"]\n',
    expect: [{ line: 10, message: 'the COPY on line 9 brought from `staging` (where `npm ci` installed them in `build`, line 4)' }],
  },
  {
    name: 'pruned in the build stage, only the pruned node_modules copied: nothing ships',
    dockerfile:
      'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nRUN npm prune --omit=dev\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist\nCMD ["node", "dist/index.js"]\n',
    expect: [],
  },
  {
    name: 'composer install --no-dev in a later RUN',
    dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nRUN composer install\nRUN composer install --no-dev --optimize-autoloader\nCMD ["php-fpm"]\n',
    expect: [{ line: 5, message: 'removes the development dependencies that `composer install` installed on line 4, but that layer already holds them: the image still ships every byte. Remove them in the RUN that installs them (`composer install && … && composer install --no-dev`)' }],
  },
  { name: 'composer update --no-dev in a later RUN', dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nRUN composer install\nRUN composer update --no-dev\nCMD ["php-fpm"]\n', expect: [{ line: 5, message: '`composer install` installed on line 4' }] },
  { name: 'poetry sync --only main in a later RUN', dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root\nRUN poetry sync --only main --no-root\nCMD ["gunicorn", "app:app"]\n', expect: [{ line: 5, message: '(`poetry install && … && poetry sync --only main`)' }] },
  { name: 'poetry install --only main without --sync removes nothing', dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root\nRUN poetry install --only main --no-root\nCMD ["gunicorn", "app:app"]\n', expect: [] },
]);

describe('devDependencies removed later, with the context package.json', () => {
  const dockerfile = nodeRemovedLater('npm ci', 'npm prune --omit=dev');
  const lines = (pkg: object) => lintText(dockerfile, 'Dockerfile', { rules: [cleanupInLaterLayer], packageJson: JSON.stringify(pkg) }).findings.map((f) => f.line);

  it('a package.json without devDependencies: the prune removes nothing, the layer holds nothing extra', () => {
    expect(lines({ dependencies: { express: '^4' } })).toEqual([]);
  });
  it('with devDependencies: the layer holds them', () => {
    expect(lines({ dependencies: { express: '^4' }, devDependencies: { typescript: '^5' } })).toEqual([5]);
  });
});
