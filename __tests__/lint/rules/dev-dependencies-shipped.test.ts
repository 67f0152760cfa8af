import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/lint/engine.js';
import { devDependenciesShipped } from '../../../src/lint/rules/dev-dependencies-shipped.js';
import { describeRule } from '../../helpers/rule-cases.js';

/** The seeds' rewrite: node_modules from the builder, where `npm install` included devDependencies. */
const seedRewrite = `FROM node:18-alpine AS builder
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY . .
RUN npm run build

FROM node:18-alpine
WORKDIR /app
COPY --from=builder /app/dist ./dist
COPY --from=builder /app/node_modules ./node_modules
CMD ["node", "dist/server.js"]
`;

const prodDepsStage = `FROM node:20-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
`;

describeRule(devDependenciesShipped, [
  {
    name: "the seeds' rewrite copies the builder's node_modules",
    dockerfile: seedRewrite,
    expect: [{ line: 11, message: '`node_modules` comes from `builder`, where `npm install` (line 4) also installed devDependencies', severity: 'warning' }],
  },
  { name: 'production dependencies from their own stage', dockerfile: prodDepsStage, expect: [] },
  { name: 'pruned after the build', dockerfile: seedRewrite.replace('RUN npm run build', 'RUN npm run build && npm prune --omit=dev'), expect: [] },
  { name: 'NODE_ENV=production in the builder', dockerfile: seedRewrite.replace('WORKDIR /app\nCOPY package', 'ENV NODE_ENV=production\nWORKDIR /app\nCOPY package'), expect: [] },
  { name: 'NODE_ENV from a build argument: unknown, stay quiet', dockerfile: seedRewrite.replace('RUN npm install', 'ARG NODE_ENV\nRUN npm install'), expect: [] },
  { name: '--production=false asks for devDependencies', dockerfile: seedRewrite.replace('RUN npm install', 'ENV NODE_ENV=production\nRUN npm install --production=false'), expect: [{ line: 12 }] },
  {
    name: 'copying the whole workdir brings node_modules along',
    dockerfile: seedRewrite.replace('COPY --from=builder /app/dist ./dist\nCOPY --from=builder /app/node_modules ./node_modules', 'COPY --from=builder /app ./'),
    expect: [{ line: 10, message: 'comes from `builder`' }],
  },
  { name: 'only dist is copied', dockerfile: seedRewrite.replace('COPY --from=builder /app/node_modules ./node_modules\n', ''), expect: [] },
  {
    name: 'installed in the shipped stage itself',
    dockerfile: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\nCOPY . .\nCMD ["node", "index.js"]\n',
    expect: [{ line: 4, message: '`yarn install` also installs the devDependencies `package.json` lists into the image you ship: add `--production`' }],
  },
  { name: 'pnpm --prod', dockerfile: 'FROM node:20-alpine\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --prod\nCOPY . .\nCMD ["node", "index.js"]\n', expect: [] },
  { name: 'global tools are not the project', dockerfile: 'FROM node:20-alpine\nRUN npm install -g pm2\nCOPY . .\nCMD ["pm2-runtime", "index.js"]\n', expect: [] },
  { name: 'named packages are not the project', dockerfile: 'FROM node:20-alpine\nCOPY package.json .\nRUN npm install express\nCMD ["node", "index.js"]\n', expect: [] },
  {
    name: 'through a stage that copied them',
    dockerfile: 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:20-slim AS staging\nWORKDIR /srv\nCOPY --from=build /app/node_modules /srv/node_modules\nFROM node:20-slim\nCOPY --from=staging /srv /srv\nCMD ["node", "/srv/index.js"]\n',
    expect: [{ line: 9, message: 'comes from `staging`, where `npm ci` (line 4)' }],
  },
  { name: 'a dev target', dockerfile: seedRewrite.replace('FROM node:18-alpine\nWORKDIR', 'FROM node:18-alpine AS dev\nWORKDIR'), expect: [] },
  {
    name: 'composer install without --no-dev',
    dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY composer.json composer.lock ./\nRUN composer install --optimize-autoloader\nCOPY . .\nCMD ["php-fpm"]\n',
    expect: [{ line: 4, message: '`composer install` also installs the development dependencies into the image you ship: add `--no-dev`' }],
  },
  { name: 'composer install --no-dev', dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY composer.json composer.lock ./\nRUN composer install --no-dev\nCOPY . .\nCMD ["php-fpm"]\n', expect: [] },
  {
    name: 'pipenv install --dev',
    dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nRUN pipenv install --system --dev\nCOPY . .\nCMD ["gunicorn", "app:app"]\n',
    expect: [{ line: 4, message: 'drop `--dev`' }],
  },
  {
    name: 'poetry install with every group',
    dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY . .\nCMD ["gunicorn", "app:app"]\n',
    expect: [{ line: 4, message: '`--only main`' }],
  },
  { name: 'poetry install --only main', dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main --no-root\nCOPY . .\nCMD ["gunicorn", "app:app"]\n', expect: [] },
  { name: 'poetry install --without dev', dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --without dev,test\nCOPY . .\nCMD ["gunicorn", "app:app"]\n', expect: [] },
  {
    name: 'bundle install without BUNDLE_WITHOUT',
    dockerfile: 'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n',
    expect: [{ line: 4, message: 'BUNDLE_WITHOUT' }],
  },
  { name: 'BUNDLE_WITHOUT in ENV', dockerfile: 'FROM ruby:3.3-slim\nENV BUNDLE_WITHOUT="development:test"\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n', expect: [] },
  { name: 'bundle config set without', dockerfile: 'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle config set --local without "development test" && bundle install\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n', expect: [] },
  // Installed in a build stage with the dev group, then copied into the image you ship.
  {
    name: 'vendor/ copied from a composer stage that kept require-dev',
    dockerfile: 'FROM composer:2 AS vendor\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN composer install --no-scripts\nFROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nCOPY --from=vendor /app/vendor ./vendor\nCMD ["php-fpm"]\n',
    expect: [{ line: 8, message: '`composer install` installed in `vendor` (line 4), development dependencies included' }],
  },
  {
    name: 'vendor/ copied from a composer stage with --no-dev',
    dockerfile: 'FROM composer:2 AS vendor\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN composer install --no-dev --no-scripts\nFROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nCOPY --from=vendor /app/vendor ./vendor\nCMD ["php-fpm"]\n',
    expect: [],
  },
  {
    name: 'the bundle copied from a build stage without BUNDLE_WITHOUT',
    dockerfile: 'FROM ruby:3.3 AS build\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nFROM ruby:3.3-slim\nWORKDIR /app\nCOPY --from=build /usr/local/bundle /usr/local/bundle\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n',
    expect: [{ line: 7, message: '`bundle install` installed in `build` (line 4)' }],
  },
  {
    name: 'a virtualenv copied from a poetry stage with the dev group',
    dockerfile: 'FROM python:3.12 AS build\nENV POETRY_VIRTUALENV_IN_PROJECT=true\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=build /app/.venv /app/.venv\nCOPY . .\nCMD ["/app/.venv/bin/gunicorn", "app:app"]\n',
    expect: [{ line: 8, message: '`poetry install` installed in `build` (line 5)' }],
  },
  {
    name: 'only the built assets copied from that stage: nothing of the install',
    dockerfile: 'FROM ruby:3.3 AS build\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nRUN bundle exec rake assets:precompile\nFROM ruby:3.3-slim\nWORKDIR /app\nENV BUNDLE_WITHOUT=development:test\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY --from=build /app/public/assets ./public/assets\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n',
    expect: [],
  },
  // Removed again before the image ends: a later removal leaves them in the install's layer, which is
  // cleanup-in-later-layer's finding, not this rule's (the image's filesystem no longer has them).
  {
    name: 'composer install, later reinstalled with --no-dev in the same stage',
    dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nRUN composer install\nRUN vendor/bin/phpunit\nRUN composer install --no-dev --optimize-autoloader\nCMD ["php-fpm"]\n',
    expect: [],
  },
  { name: 'composer update --no-dev later', dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nRUN composer install\nRUN composer update --no-dev\nCMD ["php-fpm"]\n', expect: [] },
  {
    name: 'composer install, test and --no-dev in one RUN',
    dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nRUN composer install && vendor/bin/phpunit && composer install --no-dev\nCMD ["php-fpm"]\n',
    expect: [],
  },
  {
    name: 'composer --no-dev in another folder does not reach this vendor/',
    dockerfile: 'FROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nRUN composer install\nRUN composer install --no-dev --working-dir=/opt/tools\nCMD ["php-fpm"]\n',
    expect: [{ line: 4, message: '`composer install` also installs the development dependencies' }],
  },
  {
    name: 'vendor/ copied from a stage that reinstalled it with --no-dev',
    dockerfile: 'FROM composer:2 AS vendor\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN composer install --no-scripts\nRUN composer install --no-dev --no-scripts --optimize-autoloader\nFROM php:8.3-fpm\nWORKDIR /var/www\nCOPY . .\nCOPY --from=vendor /app/vendor ./vendor\nCMD ["php-fpm"]\n',
    expect: [],
  },
  {
    name: 'vendor/ copied in, then reinstalled with --no-dev in the image',
    dockerfile: 'FROM composer:2 AS vendor\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN composer install --no-scripts\nFROM php:8.3-fpm\nCOPY --from=composer:2 /usr/bin/composer /usr/bin/composer\nWORKDIR /var/www\nCOPY . .\nCOPY --from=vendor /app/vendor ./vendor\nRUN composer install --no-dev\nCMD ["php-fpm"]\n',
    expect: [],
  },
  {
    name: 'vendor/ through a stage that copied it',
    dockerfile: 'FROM composer:2 AS vendor\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN composer install\nFROM php:8.3-cli AS app\nWORKDIR /srv\nCOPY --from=vendor /app/vendor /srv/vendor\nFROM php:8.3-fpm\nCOPY --from=app /srv /var/www\nCMD ["php-fpm"]\n',
    expect: [{ line: 9, message: 'This copies what `composer install` installed in `vendor` (line 4)' }],
  },
  {
    name: 'poetry install, later poetry sync --only main',
    dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root\nRUN poetry run pytest\nRUN poetry sync --only main --no-root\nCMD ["gunicorn", "app:app"]\n',
    expect: [],
  },
  {
    name: 'poetry install, later poetry install --without dev --sync',
    dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root\nRUN poetry install --without dev --sync --no-root\nCMD ["gunicorn", "app:app"]\n',
    expect: [],
  },
  {
    name: 'a plain npm prune keeps devDependencies (it removes them only with --omit=dev or NODE_ENV=production)',
    dockerfile: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm prune\nCMD ["node", "index.js"]\n',
    expect: [{ line: 4, message: 'or run `npm prune --omit=dev` once the build no longer needs them, in the same RUN' }],
  },
  {
    name: 'bun install --production keeps what an earlier bun install put there',
    dockerfile: 'FROM oven/bun:1\nWORKDIR /app\nCOPY . .\nRUN bun install\nRUN bun install --production\nCMD ["bun", "index.ts"]\n',
    expect: [{ line: 4, message: 'or run `rm -rf node_modules && bun install --production`' }],
  },
  // What does not remove them, read from the tools themselves: these stay findings.
  {
    name: 'poetry install --only main without --sync keeps the dev group installed (poetry 1.2+)',
    dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root\nRUN poetry install --only main --no-root\nCMD ["gunicorn", "app:app"]\n',
    expect: [{ line: 4, message: '`poetry install` also installs the development dependencies' }],
  },
  {
    name: 'pipenv clean keeps the lock file\'s dev packages',
    dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pipenv install --system --dev\nRUN pipenv install --system --deploy && pipenv clean\nCMD ["gunicorn", "app:app"]\n',
    expect: [{ line: 4, message: 'drop `--dev`' }],
  },
  {
    name: 'Bundler\'s without setting skips groups in later installs, it does not uninstall them',
    dockerfile: 'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY . .\nRUN bundle install\nRUN bundle config set --local without "development test" && bundle install && bundle clean\nCMD ["bundle", "exec", "puma"]\n',
    expect: [{ line: 4, message: '`bundle install` also installs the development dependencies' }],
  },
]);

describe('with the context package.json', () => {
  const dockerfile = 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["npm", "start"]\n';
  const run = (pkg: object | null) => lintText(dockerfile, 'Dockerfile', { rules: [devDependenciesShipped], packageJson: pkg === null ? null : JSON.stringify(pkg) }).findings.map((f) => f.line);

  it('no devDependencies: nothing to omit', () => {
    expect(run({ scripts: { start: 'node server.js' }, dependencies: { express: '^4' } })).toEqual([]);
  });
  it('devDependencies and a production start script: --omit=dev', () => {
    expect(run({ scripts: { start: 'node server.js' }, devDependencies: { jest: '^29' } })).toEqual([4]);
  });
  it('a start script that needs them (nodemon) is dev-server-in-image, not "add --omit=dev"', () => {
    expect(run({ scripts: { start: 'nodemon server.js' }, devDependencies: { nodemon: '^3' } })).toEqual([]);
  });
  it('unknown (no package.json read): as before', () => {
    expect(lintText(dockerfile, 'Dockerfile', { rules: [devDependenciesShipped] }).findings.map((f) => f.line)).toEqual([4]);
  });
});
