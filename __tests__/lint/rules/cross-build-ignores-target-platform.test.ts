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
]);
