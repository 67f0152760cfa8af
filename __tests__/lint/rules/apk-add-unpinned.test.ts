import { apkAddUnpinned } from '../../../src/lint/rules/apk-add-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(apkAddUnpinned, [
  { name: 'unpinned package', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache jq\n', expect: [{ line: 2, severity: 'warning', message: '`jq` has no version' }] },
  {
    name: 'advises ~major.minor, which survives security fixes',
    dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache jq\n',
    expect: [{ line: 2, message: /use `apk add jq~<major\.minor>`: .*exact pin \(`jq=<version>`\) breaks the build/ }],
  },
  { name: 'exact version', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache jq=1.7.1-r0\n', expect: [] },
  { name: 'fuzzy version', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache jq~1.7\n', expect: [] },
  { name: 'range', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache "jq>=1.7" "bash<6"\n', expect: [] },
  { name: 'local .apk file', dockerfile: 'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/tool-1.0-r0.apk\n', expect: [] },
  { name: 'some pinned, some not', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache jq=1.7.1-r0 \\\n  bash \\\n  git=2.45.2-r0\n', expect: [{ line: 2, message: '`bash` has' }] },
  { name: '--virtual name is not a package', dockerfile: 'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc=13.2.1-r0\n', expect: [] },
  { name: '-t name is not a package', dockerfile: 'FROM alpine:3.20\nRUN apk add -t .build-deps gcc=13.2.1-r0\n', expect: [] },
  { name: '--repository value is not a package', dockerfile: 'FROM alpine:3.20\nRUN apk add --repository http://dl-cdn.alpinelinux.org/alpine/edge/community hugo=0.125.0-r0\n', expect: [] },
  { name: '-X value is not a package', dockerfile: 'FROM alpine:3.20\nRUN apk add -X http://dl-cdn.alpinelinux.org/alpine/edge/testing hugo=0.125.0-r0\n', expect: [] },
  { name: '--root value is not a package', dockerfile: 'FROM alpine:3.20\nRUN apk add --root /rootfs --initdb busybox=1.36.1-r29\n', expect: [] },
  { name: 'apk del and apk update are not installs', dockerfile: 'FROM alpine:3.20\nRUN apk update && apk del .build-deps\n', expect: [] },
  { name: 'unknown variable is skipped', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache $RUNTIME_DEPS\n', expect: [] },
  { name: 'known variable is read', dockerfile: 'FROM alpine:3.20\nARG TOOLS="jq curl=8.9.0-r0"\nRUN apk add --no-cache ${TOOLS}\n', expect: [{ line: 3, message: '`jq` has' }] },
  {
    name: 'a virtual package deleted later in the same RUN',
    dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n && pip install --no-cache-dir uwsgi==2.0.26 \\\n && apk del .build-deps\n',
    expect: [],
  },
  { name: 'a package deleted by name later in the same RUN', dockerfile: 'FROM alpine:3.20\nRUN apk add -t .deps gcc jq && make && apk del gcc\n', expect: [{ line: 2, message: '`jq` has' }] },
  { name: 'a virtual package deleted in another RUN', dockerfile: 'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc\nRUN apk del .build-deps\n', expect: [{ line: 2 }] },
  { name: 'a package list the RUN sets', dockerfile: 'FROM alpine:3.20\nRUN deps="jq curl~8.9" && apk add --no-cache $deps\n', expect: [{ line: 2, message: '`jq` has' }] },
  { name: 'fragment before any FROM', dockerfile: 'RUN apk add jq\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache jq\n', expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM alpine:3.20 AS build\nRUN apk add --no-cache gcc\nFROM scratch\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: 'FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add jq\n', expect: [] },
]);
