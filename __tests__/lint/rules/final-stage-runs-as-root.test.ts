import { finalStageRunsAsRoot } from '../../../src/lint/rules/final-stage-runs-as-root.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(finalStageRunsAsRoot, [
  { name: 'last USER is root', dockerfile: 'FROM debian:12\nUSER root\n', expect: [{ line: 2, severity: 'warning', message: 'runs its processes as `root`' }] },
  { name: 'uid 0 with a group', dockerfile: 'FROM debian:12\nUSER 0:0\n', expect: [{ line: 2 }] },
  { name: 'root:group', dockerfile: 'FROM debian:12\nUSER root:staff\n', expect: [{ line: 2 }] },
  { name: 'switches back to a user', dockerfile: 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n', expect: [] },
  { name: 'no USER, not an app image (the base image decides)', dockerfile: 'FROM debian:12\nRUN true\n', expect: [] },
  {
    name: 'an app on an official image without USER runs as root',
    dockerfile: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json server.js ./\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n',
    expect: [{ line: 5, message: '`node:20-alpine` starts as root and no USER follows. To run unprivileged, add `USER node`' }],
  },
  {
    name: "the seeds' rewrite: artifacts copied from a build stage, no USER",
    dockerfile: 'FROM node:18-alpine AS builder\nWORKDIR /app\nCOPY . .\nRUN npm install && npm run build\nFROM node:18-alpine\nWORKDIR /app\nCOPY --from=builder /app/dist ./dist\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n',
    expect: [{ line: 9, stage: 1 }],
  },
  {
    name: 'a static binary on scratch without USER',
    dockerfile: 'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
    expect: [{ line: 6, message: 'add `USER 65532:65532`' }],
  },
  {
    name: 'distroless nonroot already runs unprivileged',
    dockerfile: 'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
    expect: [],
  },
  {
    name: "a team's own base image may set its own USER",
    dockerfile: 'FROM registry.example.com/platform/node-base:20\nCOPY server.js .\nCMD ["node", "server.js"]\n',
    expect: [],
  },
  {
    name: 'a runtime image packaging upstream software, not the project',
    dockerfile: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y nginx\nCMD ["nginx", "-g", "daemon off;"]\n',
    expect: [],
  },
  {
    name: 'a server that drops privileges itself (nginx serving a built site)',
    dockerfile: 'FROM node:20 AS build\nCOPY . .\nRUN npm run build\nFROM nginx:1.27-alpine\nCOPY --from=build /dist /usr/share/nginx/html\nCMD ["nginx", "-g", "daemon off;"]\n',
    expect: [],
  },
  {
    name: 'a USER anywhere in the chain is the team speaking',
    dockerfile: 'FROM node:20 AS base\nUSER node\nFROM base\nCOPY server.js .\nCMD ["node", "server.js"]\n',
    expect: [],
  },
  {
    name: 'an entrypoint script in an image that installs gosu drops privileges: quiet',
    dockerfile:
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu\nWORKDIR /app\nCOPY . .\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["gunicorn", "app:app"]\n',
    expect: [],
  },
  {
    name: 'su-exec in the start command: quiet',
    dockerfile: 'FROM node:20-alpine\nRUN apk add --no-cache su-exec\nWORKDIR /app\nCOPY . .\nCMD ["su-exec", "node", "node", "server.js"]\n',
    expect: [],
  },
  {
    name: 'setpriv / runuser / s6-setuidgid / chroot --userspec in the start command: quiet',
    dockerfile: 'FROM debian:12\nWORKDIR /app\nCOPY app ./\nCMD ["setpriv", "--reuid=1000", "--regid=1000", "--init-groups", "/app/app/server"]\n',
    expect: [],
  },
  {
    name: 'chroot --userspec',
    dockerfile: 'FROM debian:12\nWORKDIR /app\nCOPY app ./\nCMD ["chroot", "--userspec=1000:1000", "/", "/app/app/server"]\n',
    expect: [],
  },
  {
    name: 'an explicit USER root beside a gosu entrypoint is info, not a warning',
    dockerfile:
      'FROM node:20\nRUN apt-get update && apt-get install -y gosu\nWORKDIR /app\nCOPY . .\nUSER root\nENTRYPOINT ["/app/entrypoint.sh"]\nCMD ["node", "server.js"]\n',
    expect: [{ line: 5, severity: 'info', message: 'drops to another user' }],
  },
  {
    name: 'an entrypoint script without any privilege-dropping tool still runs as root',
    dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["./entrypoint.sh"]\nCMD ["gunicorn", "app:app"]\n',
    expect: [{ line: 5, message: 'The image runs as root' }],
  },
  {
    name: '.NET 8 images run as root and ship an `app` user',
    dockerfile: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY bin/Release/net8.0/publish/ .\nENTRYPOINT ["dotnet", "Api.dll"]\n',
    expect: [{ line: 4, message: 'add `USER app` (the .NET 8+ images ship that user' }],
  },
  {
    name: '.NET chiseled images already run as `app`',
    dockerfile: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nWORKDIR /app\nCOPY bin/Release/net8.0/publish/ .\nENTRYPOINT ["dotnet", "Api.dll"]\n',
    expect: [],
  },
  {
    name: 'a one-word name that is no official image (a bake context, a local image) is not known to start as root',
    dockerfile: 'FROM base\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
    expect: [],
  },
  {
    name: 'names the user the stage already creates',
    dockerfile: 'FROM python:3.12-slim\nRUN useradd --system --uid 1000 --create-home saleor\nWORKDIR /app\nCOPY . .\nCMD ["gunicorn", "saleor.wsgi"]\n',
    expect: [{ line: 5, message: 'add `USER saleor` (the user line 2 creates)' }],
  },
  {
    name: 'mentions ports below 1024 that need to move',
    dockerfile: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 80 443/tcp 3000\nCMD ["node", "server.js"]\n',
    expect: [{ line: 5, message: 'Ports 80, 443 are below 1024, which an unprivileged process cannot bind: listen on 8080, 8443 instead' }],
  },
  { name: 'a user whose name starts with root', dockerfile: 'FROM debian:12\nUSER rootless\n', expect: [] },
  {
    name: 'root inherited through FROM <stage>',
    dockerfile: 'FROM debian:12 AS base\nUSER root\nFROM base\nRUN true\n',
    expect: [{ line: 2, stage: 'base', message: 'inherited through `FROM base`' }],
  },
  {
    name: 'root in a build stage nobody ships',
    dockerfile: 'FROM debian:12 AS build\nUSER root\nRUN make\nFROM debian:12\nUSER app\n',
    expect: [],
  },
  {
    name: 'the --target decides which image is judged',
    dockerfile: 'FROM debian:12 AS debug\nUSER root\nFROM debian:12 AS release\nUSER app\n',
    target: 'debug',
    expect: [{ line: 2 }],
  },
  { name: 'root from an ARG default', dockerfile: 'FROM debian:12\nARG RUN_AS=root\nUSER $RUN_AS\n', expect: [{ line: 3 }] },
  { name: 'ONBUILD USER root configures child images only', dockerfile: 'FROM debian:12\nONBUILD USER root\n', expect: [] },
  { name: 'fragment without FROM', dockerfile: 'USER root\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: 'FROM debian:12\n# hadolint ignore=DL3002\nUSER root\n', expect: [] },
]);
