import { glibcBinaryOnMusl } from '../../../src/lint/rules/glibc-binary-on-musl.js';
import { describeRule } from '../../helpers/rule-cases.js';

const go = (build: string, runtime = 'alpine:3.20', env = '') =>
  `FROM golang:1.22 AS build\n${env}WORKDIR /src\nCOPY . .\nRUN ${build}\n\nFROM ${runtime}\nCOPY --from=build /out/app /usr/local/bin/app\nCMD ["app"]\n`;

describeRule(glibcBinaryOnMusl, [
  { name: 'cgo on Debian, run on Alpine', dockerfile: go('go build -o /out/app .'), expect: [{ line: 7, severity: 'warning', message: '`go build` on line 4 links against glibc on `golang:1.22`' }] },
  { name: 'CGO_ENABLED=0 inline is static', dockerfile: go('CGO_ENABLED=0 go build -o /out/app .'), expect: [] },
  { name: 'CGO_ENABLED=0 in ENV is static', dockerfile: go('go build -o /out/app .', 'alpine:3.20', 'ENV CGO_ENABLED=0\n'), expect: [] },
  { name: 'CGO_ENABLED=0 through env', dockerfile: go('env GOOS=linux CGO_ENABLED=0 go build -o /out/app .'), expect: [] },
  {
    name: 'one finding per build stage, on the COPY of the binary',
    dockerfile: 'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o triage .\nFROM alpine:3.20\nCOPY --from=build /sdk/ /sdk/\nCOPY --from=build /src/triage /\nCOPY --from=build /src/run.sh /\nCMD ["/triage"]\n',
    expect: [{ line: 6 }],
  },
  { name: 'static link flags', dockerfile: go('go build -ldflags "-linkmode external -extldflags -static" -o /out/app .'), expect: [] },
  { name: 'a glibc runtime is fine', dockerfile: go('go build -o /out/app .', 'debian:12-slim'), expect: [] },
  { name: 'built on Alpine for Alpine', dockerfile: 'FROM golang:1.22-alpine AS build\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app\nCMD ["/app"]\n', expect: [] },
  {
    name: 'cargo build for the default (glibc) target',
    dockerfile: 'FROM rust:1.79 AS build\nCOPY . .\nRUN cargo build --release\nFROM alpine:3.20\nCOPY --from=build /target/release/app /app\nCMD ["/app"]\n',
    expect: [{ line: 5, message: 'x86_64-unknown-linux-musl' }],
  },
  {
    name: 'cargo build for a musl target',
    dockerfile: 'FROM rust:1.79 AS build\nCOPY . .\nRUN cargo build --release --target x86_64-unknown-linux-musl\nFROM alpine:3.20\nCOPY --from=build /target/x86_64-unknown-linux-musl/release/app /app\nCMD ["/app"]\n',
    expect: [],
  },
  {
    name: 'a loader symlink on Alpine',
    dockerfile: 'FROM alpine:3.20\nRUN mkdir /lib64 && ln -s /lib/libc.musl-x86_64.so.1 /lib64/ld-linux-x86-64.so.2\nCOPY app /app\nCMD ["/app"]\n',
    expect: [{ line: 2, message: "symlink to glibc's loader" }],
  },
]);
