import { cleanupInLaterLayer } from '../../../src/lint/rules/cleanup-in-later-layer.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(cleanupInLaterLayer, [
  {
    name: 'build packages purged in a later RUN',
    dockerfile: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nRUN pip install psycopg2\nRUN apt-get purge -y gcc libpq-dev\n',
    expect: [{ line: 4, severity: 'warning', message: '`gcc`, `libpq-dev` (installed on line 2)' }],
  },
  {
    name: 'apk del of a virtual package added earlier',
    dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\nRUN make\nRUN apk del .build-deps\n',
    expect: [{ line: 4, message: '`.build-deps`' }],
  },
  {
    name: 'the same RUN installs and removes: one layer, nothing ships',
    dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc && make && apk del .build-deps\n',
    expect: [],
  },
  {
    name: 'a downloaded archive removed later',
    dockerfile: 'FROM debian:12\nWORKDIR /tmp\nRUN curl -fsSL -o node.tar.xz https://nodejs.org/dist/v20.0.0/node.tar.xz && tar -xJf node.tar.xz -C /usr/local\nRUN rm node.tar.xz\n',
    expect: [{ line: 4, message: '`/tmp/node.tar.xz` (downloaded on line 3)' }],
  },
  {
    name: 'a cloned build tree removed later',
    dockerfile: 'FROM debian:12\nRUN git clone https://github.com/acme/lib.git /src/lib && make -C /src/lib install\nRUN rm -rf /src/lib\n',
    expect: [{ line: 3, message: '`/src/lib` (cloned on line 2)' }],
  },
  {
    name: 'a cache filled earlier, removed later',
    dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nRUN rm -rf /root/.cache\n',
    expect: [{ line: 4, message: '`/root/.cache/pip`' }],
  },
  {
    name: 'removing in the same RUN is the fix',
    dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt && rm -rf /root/.cache\n',
    expect: [],
  },
  {
    // With apt-lists-not-deleted on, its finding on line 2 carries this one (__tests__/lint/related.test.ts).
    name: 'apt lists removed later: on its own only as a pointer to the update, at its level',
    dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
    expect: [{ line: 3, severity: 'info', message: 'apt lists (`/var/lib/apt/lists`) that line 2 downloaded' }],
  },
  {
    name: 'apt lists on a cache mount are not in the layer',
    dockerfile: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
    expect: [],
  },
  {
    name: 'apt lists removed in the same RUN are fine',
    dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*\n',
    expect: [],
  },
  {
    name: 'cleanup in a build stage nobody ships does not matter',
    dockerfile: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nRUN apt-get purge -y gcc\nFROM debian:12\nCMD ["true"]\n',
    expect: [],
  },
  {
    name: 'removing what the base image brought is not a later-layer cleanup',
    dockerfile: 'FROM node:20\nRUN rm -rf /usr/local/lib/node_modules/npm\n',
    expect: [],
  },
]);
