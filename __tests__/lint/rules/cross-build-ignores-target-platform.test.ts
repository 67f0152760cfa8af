import { crossBuildIgnoresTargetPlatform } from '../../../src/lint/rules/cross-build-ignores-target-platform.js';
import { describeRule } from '../../helpers/rule-cases.js';

const runtime = 'FROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\nCMD ["/app"]\n';

describeRule(crossBuildIgnoresTargetPlatform, [
  {
    name: 'go build on the build platform without TARGETARCH',
    dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n' + runtime,
    expect: [{ line: 4, message: '`go build` runs in `build`, which is pinned to the build platform', severity: 'warning' }],
  },
  {
    name: 'a hard-coded GOARCH still ignores the target',
    dockerfile: 'FROM --platform=${BUILDPLATFORM} golang:1.22 AS build\nCOPY . .\nRUN GOOS=linux GOARCH=amd64 go build -o /out/app .\n' + runtime,
    expect: [{ line: 3 }],
  },
  {
    name: 'cargo build',
    dockerfile: 'FROM --platform=$BUILDPLATFORM rust:1.79 AS build\nCOPY . .\nRUN cargo build --release\n' + runtime,
    expect: [{ line: 3, message: '`--target`' }],
  },
  {
    name: 'TARGETOS and TARGETARCH passed in',
    dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\nCOPY . .\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n' + runtime,
    expect: [],
  },
  {
    name: 'xx reads TARGETPLATFORM',
    dockerfile: 'FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx\nFROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build\nCOPY --from=xx / /\nARG TARGETPLATFORM\nCOPY . .\nRUN xx-go build -o /out/app . && xx-verify /out/app\n' + runtime,
    expect: [],
  },
  {
    name: 'a JavaScript bundle runs anywhere',
    dockerfile: 'FROM --platform=$BUILDPLATFORM node:20 AS build\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:alpine\nCOPY --from=build /dist /usr/share/nginx/html\n',
    expect: [],
  },
  {
    name: 'WebAssembly runs anywhere',
    dockerfile: 'FROM --platform=$BUILDPLATFORM rust:1.79 AS build\nCOPY . .\nRUN cargo build --target wasm32-wasi --release\nFROM scratch\nCOPY --from=build /target/wasm32-wasi/release/app.wasm /app.wasm\n',
    expect: [],
  },
  {
    name: 'a tool for the build itself, used only on the build platform',
    dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS gen\nCOPY tools/ .\nRUN go build -o /gen .\nFROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETARCH\nCOPY --from=gen /gen /usr/local/bin/gen\nCOPY . .\nRUN gen && GOARCH=$TARGETARCH go build -o /out/app .\n' + runtime,
    expect: [],
  },
  { name: 'no --platform: a native build', dockerfile: 'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /out/app .\n' + runtime, expect: [] },
  {
    name: '$TARGETARCH without ARG TARGETARCH in the stage expands to nothing',
    dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nCOPY . .\nRUN GOARCH=$TARGETARCH go build -o /out/app .\n' + runtime,
    expect: [{ line: 3, message: '`$TARGETARCH` on line 3 is never declared in the stage, so it expands to nothing: add `ARG TARGETARCH`' }],
  },
  {
    name: 'a global ARG TARGETARCH is not in the stage either',
    dockerfile: 'ARG TARGETARCH\nFROM --platform=$BUILDPLATFORM golang:1.22 AS build\nCOPY . .\nRUN GOARCH=$TARGETARCH go build -o /out/app .\n' + runtime,
    expect: [{ line: 4 }],
  },
  {
    name: 'followed through a scratch pass-through stage to the image that runs the binary',
    dockerfile:
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nCOPY . .\nRUN go build -o /out/app .\nFROM scratch AS binaries\nCOPY --from=build /out/app /app\nFROM alpine:3.20\nCOPY --from=binaries /app /usr/local/bin/app\nCMD ["app"]\n',
    expect: [{ line: 3 }],
  },
  {
    name: 'a final stage that inherits --platform=$BUILDPLATFORM through FROM base',
    dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS base\nWORKDIR /src\nFROM base AS app\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["app"]\n',
    expect: [{ line: 1, message: 'The image you ship is built FROM this stage, which is pinned to the build platform (`--platform=$BUILDPLATFORM`) and inherited by `app`' }],
  },
  {
    name: 'a dev environment target inherits the pin on purpose',
    dockerfile: 'FROM --platform=$BUILDPLATFORM python:3.12-alpine AS builder\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\nFROM builder AS dev-envs\nRUN apk add git\n',
    expect: [],
  },
  {
    name: 'an ENV that sets TARGETPLATFORM (for xx) passes the target in',
    dockerfile: 'FROM --platform=$BUILDPLATFORM alpine AS build\nARG LIBCXX_TARGET\nENV TARGETPLATFORM=${LIBCXX_TARGET}\nRUN make\nFROM scratch\nCOPY --from=build /out /\n',
    expect: [],
  },
  {
    name: 'node_modules installed on the build platform and copied into the target image',
    dockerfile:
      'FROM --platform=$BUILDPLATFORM node:20 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]\n',
    expect: [{ line: 4, message: 'native modules (node-gyp addons, C-extension wheels) are compiled for the build platform' }],
  },
  {
    name: 'a bundle built on the build platform runs anywhere',
    dockerfile:
      'FROM --platform=$BUILDPLATFORM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
    expect: [],
  },
  {
    name: 'a scratch pass-through whose binary only a build-platform stage runs: a build tool',
    dockerfile:
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS tool\nCOPY . .\nRUN go build -o /out/gen ./cmd/gen\nFROM scratch AS tools\nCOPY --from=tool /out/gen /gen\nFROM --platform=$BUILDPLATFORM node:20 AS web\nCOPY --from=tools /gen /usr/local/bin/gen\nRUN gen && npm run build\nFROM nginx:alpine\nCOPY --from=web /app/dist /usr/share/nginx/html\n',
    expect: [],
  },
  {
    name: 'a pinned shipped image is one finding, not one more per stage that feeds it',
    dockerfile:
      'FROM --platform=$BUILDPLATFORM python:3.12-alpine AS base\nFROM base AS builder\nCOPY requirements.txt .\nRUN pip install --prefix=/install -r requirements.txt\nFROM base\nCOPY --from=builder /install /usr/local\nCOPY . .\nCMD ["python", "app.py"]\n',
    expect: [{ line: 1, message: 'inherited by stage 2' }],
  },
]);
