import { runtimeVersionDrift } from '../../../src/lint/rules/runtime-version-drift.js';
import { describeRule } from '../../helpers/rule-cases.js';

const node = (build: string, runtime: string, extra = '') =>
  `FROM ${build} AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM ${runtime}\n${extra}COPY --from=build /app /app\nCMD ["/app/dist/server.js"]\n`;

describeRule(runtimeVersionDrift, [
  {
    name: 'node:26 build → distroless nodejs22',
    dockerfile: node('node:26', 'gcr.io/distroless/nodejs22-debian12'),
    expect: [{ line: 6, severity: 'warning', message: 'runs Node 26 (`node:26`) and this image runs Node 22 (`gcr.io/distroless/nodejs22-debian12`)' }],
  },
  { name: 'the same major in both', dockerfile: node('node:22-bookworm', 'gcr.io/distroless/nodejs22-debian12'), expect: [] },
  {
    name: "node:20 build → Alpine's packaged nodejs",
    dockerfile: node('node:20-alpine', 'alpine:3.21', 'RUN apk add --no-cache nodejs\n'),
    expect: [{ line: 7, message: "Alpine 3.21's packaged `nodejs`" }],
  },
  { name: "Alpine's packaged nodejs matching the build", dockerfile: node('node:22-alpine', 'alpine:3.21', 'RUN apk add --no-cache nodejs\n'), expect: [] },
  {
    name: 'python 3.12 wheels → distroless python3 (3.11)',
    dockerfile: 'FROM python:3.12-slim AS build\nRUN python -m venv /venv && /venv/bin/pip install -r requirements.txt\nFROM gcr.io/distroless/python3-debian12\nCOPY --from=build /venv /venv\nCMD ["/venv/bin/python", "app.py"]\n',
    expect: [{ line: 3, message: 'Python 3.12' }],
  },
  {
    name: 'Java compiled on 21, run on a 17 JRE',
    dockerfile: 'FROM maven:3.9-eclipse-temurin-21 AS build\nCOPY . .\nRUN mvn -B package\nFROM eclipse-temurin:17-jre\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
    expect: [{ line: 4, message: 'UnsupportedClassVersionError' }],
  },
  {
    name: 'Java compiled on 17, run on a newer JRE is fine',
    dockerfile: 'FROM maven:3.9-eclipse-temurin-17 AS build\nCOPY . .\nRUN mvn -B package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
    expect: [],
  },
  { name: 'two tags of one repository are base-image-tag-drift\'s', dockerfile: node('node:22', 'node:20-slim'), expect: [] },
  {
    name: 'a stage that only carries a release (the upstream Maven install) built nothing for its runtime',
    dockerfile: 'FROM maven:3.9-eclipse-temurin-17 AS maven_upstream\nFROM amazoncorretto:11-alpine\nCOPY --from=maven_upstream /usr/share/maven /usr/share/maven\nCMD ["mvn"]\n',
    expect: [],
  },
  { name: 'a moving tag names no version', dockerfile: node('node:lts', 'gcr.io/distroless/nodejs22-debian12'), expect: [] },
]);
