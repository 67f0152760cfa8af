import { cdInsteadOfWorkdir } from '../../../src/lint/rules/cd-instead-of-workdir.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM debian:12\n';

describeRule(cdInsteadOfWorkdir, [
  { name: 'cd alone changes nothing', dockerfile: `${from}RUN cd /srv\n`, expect: [{ line: 2, severity: 'warning', message: 'changes nothing' }] },
  { name: 'cd, then work there', dockerfile: `${from}RUN cd /srv/app && npm ci\n`, expect: [{ line: 2, message: 'Write `WORKDIR /srv/app` before the RUN' }] },
  { name: 'WORKDIR', dockerfile: `${from}WORKDIR /srv/app\nRUN npm ci\n`, expect: [] },
  { name: 'in a subshell', dockerfile: `${from}RUN (cd /srv/app && npm ci) && echo done\n`, expect: [] },
  { name: 'in a command substitution', dockerfile: `${from}RUN echo "$(cd /srv && pwd)"\n`, expect: [] },
  { name: 'in a loop', dockerfile: `${from}RUN for d in /srv/a /srv/b; do cd "$d"; make; done\n`, expect: [] },
  { name: 'in a condition', dockerfile: `${from}RUN if [ -d /srv/app ]; then cd /srv/app && make; fi\n`, expect: [] },
  { name: 'goes back afterwards', dockerfile: `${from}RUN cd /usr/src/tool && make install && cd /\n`, expect: [] },
  { name: 'goes elsewhere afterwards', dockerfile: `${from}RUN cd /usr/src/a && make && cd /usr/src/b && make\n`, expect: [] },
  { name: 'directory made by the RUN', dockerfile: `${from}RUN mkdir -p /usr/src/tool && cd /usr/src/tool && curl -fsSL https://example.com/t.tgz | tar xz\n`, expect: [] },
  { name: 'cloned by the RUN', dockerfile: `${from}RUN git clone https://example.com/tool.git /opt/tool && cd /opt/tool && make install\n`, expect: [] },
  { name: 'extracted archive', dockerfile: `${from}RUN tar xzf tool-1.0.tar.gz && cd tool-1.0 && ./configure && make install\n`, expect: [] },
  { name: 'removed before the RUN ends', dockerfile: `${from}RUN cd /usr/src/tool && make install && rm -rf /usr/src/tool\n`, expect: [] },
  { name: 'a temporary directory', dockerfile: `${from}RUN cd /tmp && curl -fsSLO https://example.com/t.deb && dpkg -i t.deb\n`, expect: [] },
  { name: 'a RUN mount', dockerfile: `${from}RUN --mount=type=cache,target=/build cd /build && make\n`, expect: [] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN cd /srv/app && npm ci\n`, expect: [{ line: 2 }] },
  { name: 'fragment before any FROM', dockerfile: 'RUN cd /srv\n', expect: [{ line: 1 }] },
  { name: 'every stage', dockerfile: 'FROM debian:12 AS build\nRUN cd /src && make\nFROM scratch\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3003\nRUN cd /srv\n`, expect: [] },
]);
