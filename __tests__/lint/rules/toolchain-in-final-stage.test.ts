import { toolchainInFinalStage } from '../../../src/lint/rules/toolchain-in-final-stage.js';
import { describeRule } from '../../helpers/rule-cases.js';

const build = 'FROM golang:1.22-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\n';

describeRule(toolchainInFinalStage, [
  {
    name: 'compiler left in the runtime stage',
    dockerfile: build + 'FROM alpine:3.20\nRUN apk add --no-cache build-base git\nCOPY --from=build /out/app /app\nCMD ["/app"]\n',
    expect: [{ line: 7, message: '`build-base`, `git` are installed in the image you ship, which runs what another stage built', severity: 'warning' }],
  },
  {
    name: 'headers kept for a dependency install in the final stage',
    dockerfile: 'FROM node:20 AS web\nWORKDIR /web\nCOPY web/ .\nRUN npm ci && npm run build\n\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY --from=web /web/dist /app/static\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
    expect: [{ line: 7, message: 'to build what line 9 installs' }],
  },
  {
    name: 'git alone is a runtime tool for many apps',
    dockerfile: build + 'FROM alpine:3.20\nRUN apk add --no-cache git\nCOPY --from=build /out/app /app\nCMD ["/app"]\n',
    expect: [],
  },
  {
    name: 'removed again in the same RUN',
    dockerfile: build + 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .b gcc musl-dev && echo build && apk del .b\nCOPY --from=build /out/app /app\nCMD ["/app"]\n',
    expect: [],
  },
  {
    name: 'runtime libraries are not a toolchain',
    dockerfile: build + 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y ca-certificates libpq5\nCOPY --from=build /out/app /app\nCMD ["/app"]\n',
    expect: [],
  },
  {
    name: 'unsplit: single-stage-build speaks instead',
    dockerfile: 'FROM alpine:3.20\nRUN apk add go\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n',
    expect: [],
  },
  {
    name: 'GPU images compile kernels at runtime',
    dockerfile: build + 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get update && apt-get install -y build-essential python3-dev\nCOPY --from=build /out/app /app\nCMD ["/app"]\n',
    expect: [],
  },
  {
    name: 'a CI image (starts a shell)',
    dockerfile: build + 'FROM alpine:3.20\nRUN apk add --no-cache build-base\nCOPY --from=build /out/app /usr/local/bin/app\nCMD ["/bin/sh"]\n',
    expect: [],
  },
]);
