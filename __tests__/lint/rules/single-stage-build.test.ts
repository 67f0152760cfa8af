import { singleStageBuild } from '../../../src/lint/rules/single-stage-build.js';
import { describeRule } from '../../helpers/rule-cases.js';

const node = `FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
`;

const go = `FROM golang:1.22-alpine
WORKDIR /src
COPY go.mod ./
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app"]
`;

const split = `FROM golang:1.22-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .

FROM gcr.io/distroless/static
COPY --from=build /out/app /app
CMD ["/app"]
`;

describeRule(singleStageBuild, [
  { name: 'node build in the only stage', dockerfile: node, expect: [{ line: 6, message: '`npm run build` runs in the image you ship', severity: 'warning' }] },
  { name: 'go build in the only stage', dockerfile: go, expect: [{ line: 5, message: 'build in a `golang` stage and copy the binary into `scratch` or distroless' }] },
  { name: 'the multi-stage rewrite', dockerfile: split, expect: [] },
  {
    name: 'the build stage as target is a build image, not this finding',
    dockerfile: split,
    target: 'build',
    expect: [],
  },
  {
    name: 'unsplit chain across stages still builds in the shipped image',
    dockerfile: 'FROM rust:1.79 AS base\nWORKDIR /app\nCOPY Cargo.toml Cargo.lock ./\nFROM base AS app\nCOPY src ./src\nRUN cargo build --release\nCMD ["./target/release/app"]\n',
    expect: [{ line: 6, message: '`cargo build` runs in the image you ship', stage: 'app' }],
  },
  {
    name: 'maven package',
    dockerfile: 'FROM maven:3.9-eclipse-temurin-21\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn -B package -DskipTests\nCMD ["java", "-jar", "target/app.jar"]\n',
    expect: [{ line: 4, message: 'JRE image' }],
  },
  {
    name: 'dotnet publish',
    dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app\nENTRYPOINT ["dotnet", "/app/api.dll"]\n',
    expect: [{ line: 4, message: '`dotnet publish` runs in the image you ship' }],
  },
  {
    name: 'compiler kept for pip install',
    dockerfile:
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
    expect: [{ line: 2, message: '`gcc`, `libpq-dev` are installed in the image you ship to build the dependencies installed on line 4' }],
  },
  {
    name: 'build deps removed in the same RUN are not shipped',
    dockerfile:
      'FROM python:3.12-alpine\nCOPY requirements.txt .\nRUN apk add --virtual .build gcc musl-dev && pip install -r requirements.txt && apk del .build\nCOPY . .\nCMD ["python", "app.py"]\n',
    expect: [],
  },
  {
    name: 'official toolchain image building upstream sources (no project files copied)',
    dockerfile:
      'FROM buildpack-deps:bookworm\nCOPY docker-entrypoint.sh /usr/local/bin/\nRUN curl -fsSL https://example.org/lang-1.0.tar.gz | tar xz && cd lang-1.0 && ./configure && make && make install\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["lang"]\n',
    expect: [],
  },
  {
    name: 'a build image that only starts a shell is a build environment',
    dockerfile: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build ./...\nCMD ["/bin/bash"]\n',
    expect: [],
  },
  {
    name: 'no start command: a CI or generator image',
    dockerfile: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build ./...\n',
    expect: [],
  },
  { name: 'a Dockerfile named for development', dockerfile: node, path: 'Dockerfile.dev', expect: [] },
  { name: 'a Dockerfile in a test folder', dockerfile: node, path: 'test/e2e/Dockerfile', expect: [] },
  {
    name: 'npm install without a build is not a build',
    dockerfile: 'FROM node:20-alpine\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n',
    expect: [],
  },
  {
    name: 'make used as a task runner',
    dockerfile: 'FROM python:3.12-slim\nCOPY . .\nRUN make gen-proto\nCMD ["python", "app.py"]\n',
    expect: [],
  },
  {
    name: 'go install of a pinned tool is not the project build',
    dockerfile: 'FROM golang:1.22\nCOPY go.mod .\nRUN go install example.com/tool@v1.2.3\nCMD ["tool"]\n',
    expect: [],
  },
  { name: 'suppressed inline', dockerfile: go.replace('RUN CGO', '# stagecraft ignore=single-stage-build\nRUN CGO'), expect: [] },
  {
    name: 'names every package list that installs the toolchain',
    dockerfile:
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc\nRUN apt-get install -y libpq-dev make\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
    expect: [{ line: 2, message: '`gcc` (line 2), `libpq-dev`, `make` (line 3) are installed in the image you ship' }],
  },
  {
    name: 'a start command that needs a shell is not sent to scratch or distroless',
    dockerfile: 'FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["./start.sh"]\n',
    expect: [{ line: 4, message: 'into `alpine` or `debian:bookworm-slim` (the start command needs a shell' }],
  },
]);
