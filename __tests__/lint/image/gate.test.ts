import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/index.js';
import { chainBuild, copiesProjectFiles, copySpec, programWords, startsAnApp } from '../../../src/lint/image/index.js';
import { finalStageRunsAsRoot } from '../../../src/lint/rules/final-stage-runs-as-root.js';
import { finalStageSdkBase } from '../../../src/lint/rules/final-stage-sdk-base.js';
import { singleStageBuild } from '../../../src/lint/rules/single-stage-build.js';
import { toolchainInFinalStage } from '../../../src/lint/rules/toolchain-in-final-stage.js';
import { findingsOf } from '../../helpers/rule-cases.js';

const chainOf = (text: string) => parseDockerfile(text, { path: 'Dockerfile' }).stages;

describe('the app gate reads ENTRYPOINT and CMD together', () => {
  it.each([
    ['ENTRYPOINT ["python3"]\nCMD ["app.py"]', true],
    ['ENTRYPOINT ["python3"]', false],
    ['ENTRYPOINT ["gosu", "app", "node", "server.js"]', true],
    ['ENTRYPOINT ["su-exec", "app"]\nCMD ["bash"]', false],
    ['ENTRYPOINT ["tini", "-s", "--"]\nCMD ["python3", "-m", "uvicorn", "main:app"]', true],
    ['CMD ["sh", "-c", "python manage.py migrate && exec gunicorn app.wsgi"]', true],
    ['CMD ["sh", "-c", "cd /src && bash"]', false],
    // Test runners behind wrappers are test images.
    ['CMD ["bundle", "exec", "rspec"]', false],
    ['CMD ["npx", "jest", "--ci"]', false],
    ['CMD ["poetry", "run", "pytest"]', false],
    ['CMD ["python", "-m", "pytest"]', false],
    ['CMD ["npm", "test"]', false],
    ['CMD ["npm", "run", "test:e2e"]', false],
    ['CMD ["dotnet", "test"]', false],
    ['CMD ["bundle", "exec", "puma"]', true],
    ['CMD ["npm", "start"]', true],
    // Build tools that start the app are apps (single-stage-build reports them), not toolchain images.
    ['CMD ["mvn", "spring-boot:run"]', true],
    ['CMD ["./gradlew", "bootRun"]', true],
    ['CMD ["go", "run", "."]', true],
    ['CMD ["cargo", "run", "--release"]', true],
    ['CMD ["dotnet", "run"]', true],
    ['CMD ["dotnet", "Api.dll"]', true],
    ['CMD ["mvn", "package"]', false],
    ['CMD ["go"]', false],
  ])('%s → %s', (lines, expected) => {
    expect(startsAnApp(chainOf(`FROM alpine\n${lines}\n`))).toBe(expected);
  });

  it('hands over through init shims, privilege drops and entrypoint scripts', () => {
    expect(programWords(['/sbin/tini', '--', 'gosu', 'app', 'node', 'server.js'])).toEqual(['node', 'server.js']);
    expect(programWords(['setpriv', '--reuid=1000', '--regid=1000', '--init-groups', 'python', 'app.py'])).toEqual(['python', 'app.py']);
    expect(programWords(['runuser', '-u', 'app', '--', 'java', '-jar', 'app.jar'])).toEqual(['java', '-jar', 'app.jar']);
    expect(programWords(['chroot', '--userspec=app:app', '/', 'app'])).toEqual(['app']);
    expect(programWords(['s6-setuidgid', 'app', 'app'])).toEqual(['app']);
    expect(programWords(['docker-entrypoint.sh'])).toEqual([]);
  });
});

describe('the app gate without a CMD', () => {
  it.each([
    ['a runtime base that copies the project and installs its dependencies', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n', true],
    ['node, npm ci after the manifest', 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n', true],
    ['a runtime base that installs nothing of the project', 'FROM python:3.12-slim\nRUN pip install awscli\n', false],
    ['an OS base', 'FROM debian:12\nCOPY . /src\nRUN pip install -r /src/requirements.txt\n', false],
  ])('%s', (_name, text, expected) => {
    expect(startsAnApp(chainOf(text))).toBe(expected);
  });
});

describe('what counts as the project in a COPY', () => {
  const copies = (text: string) => {
    const stage = chainOf(text)[0]!;
    return stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => copiesProjectFiles(copySpec(stage, i)!));
  };
  it.each([
    ['COPY target/app.jar app.jar', true],
    ['COPY build/libs/*.jar /app/', true],
    ['COPY dist/ /usr/share/nginx/html', true],
    ['COPY .next/standalone ./', true],
    ['COPY bin/Release/net8.0/publish/ .', true],
    ['COPY myproject ./myproject', true],
    ['COPY acme ./', true],
    ['COPY nginx.conf /etc/nginx/nginx.conf', false],
    ['COPY docker-entrypoint.sh /usr/local/bin/', false],
    ['COPY conf /etc/app/conf', false],
  ])('%s → %s', (line, expected) => {
    expect(copies(`FROM alpine\nWORKDIR /app\n${line}\n`)).toEqual([expected]);
  });
});

describe('builds that count', () => {
  it.each([
    ['make of downloaded code after the project', 'FROM python:3.12\nRUN apt-get install -y build-essential\nWORKDIR /app\nCOPY . .\nRUN curl -L https://example.com/ta-lib.tgz | tar xz && cd ta-lib && ./configure && make && make install\nCMD ["python", "app.py"]\n', 'make'],
    ['msbuild', 'FROM mcr.microsoft.com/dotnet/framework/sdk:4.8\nWORKDIR /app\nCOPY . .\nRUN msbuild /p:Configuration=Release\nCMD ["app.exe"]\n', 'msbuild'],
    ['docker-php-ext-install with a kept compiler', 'FROM php:8.3-fpm\nRUN apt-get update && apt-get install -y gcc make libzip-dev\nRUN docker-php-ext-install zip\nWORKDIR /var/www\nCOPY . .\nCMD ["php-fpm"]\n', 'docker-php-ext-install'],
  ])('%s', (_name, text, label) => {
    expect(chainBuild(chainOf(text))?.step?.label).toBe(label);
  });
});

describe('gate fixes, rule by rule', () => {
  it('a host-built jar on a JDK image hears final-stage-sdk-base and final-stage-runs-as-root', () => {
    const text = 'FROM eclipse-temurin:21-jdk\nWORKDIR /app\nCOPY target/app.jar app.jar\nEXPOSE 8080\nCMD ["java", "-jar", "app.jar"]\n';
    expect(findingsOf(finalStageSdkBase, text).map((f) => f.line)).toEqual([1]);
    expect(findingsOf(finalStageRunsAsRoot, text).map((f) => f.line)).toEqual([5]);
  });

  it('ENTRYPOINT python3 + CMD app.py is an app that runs as root', () => {
    const text = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["python3"]\nCMD ["app.py"]\n';
    expect(findingsOf(finalStageRunsAsRoot, text).map((f) => f.line)).toEqual([5]);
  });

  it.each([
    ['mvn spring-boot:run', 'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /app\nCOPY . .\nCMD ["mvn", "spring-boot:run"]\n', '`mvn spring-boot:run`'],
    ['go run', 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nCMD ["go", "run", "."]\n', '`go run`'],
    ['dotnet run', 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["dotnet", "run"]\n', '`dotnet run`'],
  ])('starting through the build tool (%s) is reported by single-stage-build', (_name, text, shown) => {
    const found = findingsOf(singleStageBuild, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(shown);
    expect(found[0]!.message).toContain('compiles on every start');
    expect(findingsOf(finalStageSdkBase, text)).toEqual([]);
  });

  it('a test runner behind a wrapper is a test image: no production findings', () => {
    const text = 'FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nRUN bundle install\nCMD ["bundle", "exec", "rspec"]\n';
    expect(findingsOf(finalStageSdkBase, text)).toEqual([]);
    expect(findingsOf(finalStageRunsAsRoot, text)).toEqual([]);
  });

  it('an SDK-base final stage that installs a toolchain and builds is reported exactly once', () => {
    const text =
      'FROM golang:1.22\nRUN apt-get update && apt-get install -y gcc make\nWORKDIR /app\nCOPY . .\n' +
      'RUN curl -L https://example.com/lib.tgz | tar xz && make -C lib\nCMD ["./app"]\n';
    const all = [singleStageBuild, finalStageSdkBase, toolchainInFinalStage].flatMap((r) => findingsOf(r, text).map((f) => f.rule));
    expect(all).toEqual(['single-stage-build']);
  });
});

describe('the app gate without a CMD: manifests alone are a tool image', () => {
  it('a code-generation image that copies package.json and runs npm ci is not an app', () => {
    expect(startsAnApp(chainOf('FROM node:20-alpine\nWORKDIR /app\nCOPY ./pb/ /build/pb/\nCOPY package.json package-lock.json ./\nRUN npm ci\n'))).toBe(false);
  });
});
