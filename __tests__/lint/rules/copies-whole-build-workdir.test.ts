import { copiesWholeBuildWorkdir } from '../../../src/lint/rules/copies-whole-build-workdir.js';
import { describeRule } from '../../helpers/rule-cases.js';

const build = 'FROM node:20 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\n';

describeRule(copiesWholeBuildWorkdir, [
  {
    name: 'the whole /app of the build stage',
    dockerfile: build + 'FROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app /app\nCMD ["node", "dist/index.js"]\n',
    expect: [{ line: 10, message: "`COPY --from=build /app` copies `build`'s whole working directory (`/app`)", severity: 'warning' }],
  },
  {
    name: 'the root of the build stage covers the workdir too',
    dockerfile: build + 'FROM node:20-slim\nCOPY --from=build / /srv\nCMD ["node", "/srv/app/dist/index.js"]\n',
    expect: [{ line: 9 }],
  },
  {
    name: 'variables are expanded',
    dockerfile: 'FROM golang:1.22 AS build\nARG DIR=/src\nWORKDIR $DIR\nCOPY . .\nRUN go build -o app .\nFROM alpine:3.20\nARG DIR=/src\nCOPY --from=build $DIR /srv\nCMD ["/srv/app"]\n',
    expect: [{ line: 8, message: '`/src`' }],
  },
  { name: 'only the artifacts', dockerfile: build + 'FROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCMD ["node", "dist/index.js"]\n', expect: [] },
  {
    name: "seed 003: the build stage holds only the app file and builds nothing",
    dockerfile: 'FROM node AS build\nARG SRC_DIR=/home/node_user\nWORKDIR $SRC_DIR\nCOPY app.js .\nFROM node:alpine\nARG SRC_DIR=/home/node_user\nCOPY --from=build $SRC_DIR $SRC_DIR\nCMD ["node", "app.js"]\n',
    expect: [],
  },
  {
    name: 'a production-dependencies stage (manifests only, no build)',
    dockerfile: 'FROM node:20 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:20-slim\nCOPY --from=deps /app /app\nCMD ["node", "/app/index.js"]\n',
    expect: [],
  },
]);
