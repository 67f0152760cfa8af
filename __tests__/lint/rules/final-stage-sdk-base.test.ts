import { finalStageSdkBase } from '../../../src/lint/rules/final-stage-sdk-base.js';
import { describeRule } from '../../helpers/rule-cases.js';

const goOnGolang = `FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM golang:1.22
COPY --from=build /out/app /usr/local/bin/app
CMD ["app"]
`;

describeRule(finalStageSdkBase, [
  { name: 'binary copied into a golang final stage', dockerfile: goOnGolang, expect: [{ line: 6, message: '`golang:1.22`, which carries the Go toolchain', severity: 'warning' }] },
  {
    name: 'node app on the full node image',
    dockerfile: 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n',
    expect: [{ line: 1, message: '`node:20-slim` or `node:20-alpine`' }],
  },
  {
    name: 'python app on the full python image',
    dockerfile: 'FROM python:3.12-bookworm\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY app.py .\nCMD ["python", "app.py"]\n',
    expect: [{ line: 1, message: '`python:3.12-slim`' }],
  },
  {
    name: 'jar on a JDK',
    dockerfile: 'FROM maven:3.9 AS build\nCOPY . .\nRUN mvn package\nFROM eclipse-temurin:21-jdk\nCOPY --from=build target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
    expect: [{ line: 4, message: '`eclipse-temurin:21-jre`' }],
  },
  {
    name: 'dotnet app on the SDK',
    dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nCOPY . .\nRUN dotnet publish -o /out\nFROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY --from=build /out /app\nENTRYPOINT ["dotnet", "/app/api.dll"]\n',
    expect: [{ line: 4, message: 'mcr.microsoft.com/dotnet/aspnet:8.0' }],
  },
  {
    name: 'the shipped stage is FROM a stage on the toolchain image: reported where the image is named',
    dockerfile: 'FROM golang:1.22 AS base\nFROM base AS build\nCOPY . .\nRUN go build -o /app .\nFROM base\nCOPY --from=build /app /app\nCMD ["/app"]\n',
    expect: [{ line: 1, stage: 'base' }],
  },
  { name: 'runtime variants are fine', dockerfile: 'FROM node:20-slim\nCOPY . .\nCMD ["node", "server.js"]\n', expect: [] },
  { name: 'alpine node is fine', dockerfile: 'FROM node:20-alpine\nCOPY . .\nCMD ["node", "server.js"]\n', expect: [] },
  { name: 'JRE is fine', dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n', expect: [] },
  {
    name: 'the image compiles: single-stage-build speaks instead',
    dockerfile: 'FROM golang:1.22\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n',
    expect: [],
  },
  {
    name: 'starting the SDK needs the SDK (go run)',
    dockerfile: 'FROM golang:1.22\nCOPY . .\nCMD ["go", "run", "."]\n',
    expect: [],
  },
  {
    name: 'the toolchain image itself (no project, starts the tool)',
    dockerfile: 'FROM eclipse-temurin:17-jdk\nRUN curl -fsSL https://example.org/maven.tgz | tar xz -C /opt\nCMD ["mvn"]\n',
    expect: [],
  },
  { name: 'a dev target', dockerfile: goOnGolang.replace('FROM golang:1.22\n', 'FROM golang:1.22 AS dev\n'), expect: [] },
  { name: 'buildpack-deps scm carries no compilers', dockerfile: 'FROM golang:1.22 AS b\nCOPY . .\nRUN go build -o /x .\nFROM buildpack-deps:bookworm-scm\nCOPY --from=b /x /x\nCMD ["/x"]\n', expect: [] },
]);
