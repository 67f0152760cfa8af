import { secretFileInShippedStage } from '../../../src/lint/rules/secret-file-in-shipped-stage.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(secretFileInShippedStage, [
  {
    name: '.npmrc copied into the image',
    dockerfile: 'FROM node:20-alpine\nCOPY .npmrc package*.json ./\nRUN npm ci && rm .npmrc\nCMD ["node", "index.js"]\n',
    expect: [{ line: 2, message: '`.npmrc` is copied into the image you ship', severity: 'warning' }],
  },
  {
    name: 'the destination names the file',
    dockerfile: 'FROM alpine\nCOPY netrc /root/.netrc\n',
    expect: [{ line: 2, message: '`.netrc`' }],
  },
  { name: 'an SSH key', dockerfile: 'FROM alpine\nCOPY id_rsa /root/.ssh/\n', expect: [{ line: 2, message: '--mount=type=ssh' }] },
  { name: '.env', dockerfile: 'FROM node:20\nCOPY .env ./\n', expect: [{ line: 2, message: '`.env`' }] },
  { name: '.env.production', dockerfile: 'FROM node:20\nCOPY .env.production ./\n', expect: [{ line: 2 }] },
  { name: 'cloud credentials in their folder', dockerfile: 'FROM alpine\nCOPY .aws/credentials /root/.aws/credentials\n', expect: [{ line: 2 }] },
  { name: 'a template is not a secret', dockerfile: 'FROM node:20\nCOPY .env.example ./.env.example\n', expect: [] },
  {
    name: 'only the build stage sees it',
    dockerfile: 'FROM node:20 AS build\nCOPY .npmrc package*.json ./\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /node_modules /node_modules\n',
    expect: [],
  },
  {
    name: 'every matching file is named, not the first',
    dockerfile: 'FROM node:20\nCOPY app.env secrets.yml credentials-prod.json .npmrc server.js ./\n',
    expect: [{ line: 2, message: /^`app\.env`, `secrets\.yml`, `credentials-prod\.json`, `\.npmrc` are copied/ }],
  },
  { name: 'a secrets folder the .dockerignore excludes never reaches the image', dockerfile: 'FROM alpine:3.20\nCOPY secrets /app/secrets\n', dockerignore: 'node_modules\nsecrets\n', expect: [] },
  { name: 'a secrets folder', dockerfile: 'FROM python:3.12-slim\nCOPY secrets/ /app/secrets/\n', expect: [{ line: 2, message: '`secrets`' }] },
  { name: 'a glob of env files', dockerfile: 'FROM python:3.12-slim\nCOPY *.env /app/\n', expect: [{ line: 2, message: '`*.env`' }] },
  { name: 'a TLS private key', dockerfile: 'FROM nginx\nCOPY tls.key server.crt /etc/nginx/certs/\n', expect: [{ line: 2, message: '`tls.key`' }] },
  { name: 'a repository signing key is public', dockerfile: 'FROM debian\nCOPY nginx_signing.key /tmp/\n', expect: [] },
  { name: 'ordinary files', dockerfile: 'FROM alpine\nCOPY config.yaml app.pem /etc/app/\n', expect: [] },
]);
