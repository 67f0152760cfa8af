import { pipInstallKeepsCache } from '../../../src/lint/rules/pip-install-keeps-cache.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM python:3.12-slim\n';

describeRule(pipInstallKeepsCache, [
  { name: 'cache kept', dockerfile: `${from}RUN pip install flask==3.0.3\n`, expect: [{ line: 2, severity: 'warning', message: '`pip install flask==3.0.3`' }] },
  { name: 'requirements file too', dockerfile: `${from}RUN pip install -r requirements.txt\n`, expect: [{ line: 2 }] },
  { name: '--no-cache-dir', dockerfile: `${from}RUN pip install --no-cache-dir flask==3.0.3\n`, expect: [] },
  { name: '--no-cache-dir at the end', dockerfile: `${from}RUN pip3 install flask==3.0.3 --no-cache-dir\n`, expect: [] },
  { name: 'pipx manages its own', dockerfile: `${from}RUN pipx install ruff==0.5.0\n`, expect: [] },
  { name: 'pipenv manages its own', dockerfile: `${from}RUN pipenv install\n`, expect: [] },
  { name: 'ENV PIP_NO_CACHE_DIR=1', dockerfile: `${from}ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n`, expect: [] },
  { name: 'ENV PIP_NO_CACHE_DIR=off', dockerfile: `${from}ENV PIP_NO_CACHE_DIR=off\nRUN pip install flask==3.0.3\n`, expect: [{ line: 3 }] },
  { name: 'ARG PIP_NO_CACHE_DIR=true is in the environment of RUN', dockerfile: `${from}ARG PIP_NO_CACHE_DIR=true\nRUN pip install flask==3.0.3\n`, expect: [] },
  {
    name: 'ENV inherited from the parent stage',
    dockerfile: 'FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=yes\nFROM base\nRUN pip install flask==3.0.3\n',
    expect: [],
  },
  {
    name: 'ENV of an unrelated stage does not count',
    dockerfile: 'FROM python:3.12-slim AS other\nENV PIP_NO_CACHE_DIR=yes\nFROM python:3.12-slim\nRUN pip install flask==3.0.3\n',
    expect: [{ line: 4 }],
  },
  { name: 'variable on the command', dockerfile: `${from}RUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3\n`, expect: [] },
  { name: 'exported in the RUN', dockerfile: `${from}RUN export PIP_NO_CACHE_DIR=on && pip install flask==3.0.3\n`, expect: [] },
  { name: 'exported with a false value', dockerfile: `${from}RUN export PIP_NO_CACHE_DIR=false && pip install flask==3.0.3\n`, expect: [{ line: 2 }] },
  { name: 'cache mount on root\'s pip cache', dockerfile: `${from}RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n`, expect: [] },
  { name: 'cache mount on another user\'s pip cache', dockerfile: `${from}RUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install flask==3.0.3\n`, expect: [] },
  { name: 'cache mount on the whole .cache', dockerfile: `${from}RUN --mount=type=cache,target=/root/.cache pip install flask==3.0.3\n`, expect: [] },
  { name: 'cache mount at PIP_CACHE_DIR', dockerfile: `${from}ENV PIP_CACHE_DIR=/pip-cache\nRUN --mount=type=cache,target=/pip-cache pip install flask==3.0.3\n`, expect: [] },
  { name: 'cache mount elsewhere', dockerfile: `${from}RUN --mount=type=cache,target=/var/cache/apt pip install flask==3.0.3\n`, expect: [{ line: 2 }] },
  { name: 'pip cache purge afterwards', dockerfile: `${from}RUN pip install flask==3.0.3 && pip cache purge\n`, expect: [] },
  { name: 'cache removed afterwards', dockerfile: `${from}RUN pip install flask==3.0.3 && rm -rf /root/.cache/pip\n`, expect: [] },
  { name: 'fragment: ENV before it counts', dockerfile: 'ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n', expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN pip install flask\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN pip install flask==3.0.3\n`, expect: [{ line: 2 }] },
  {
    name: 'build stage that never ships',
    dockerfile: 'FROM python:3.12 AS build\nRUN pip install --prefix=/install flask==3.0.3\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\n',
    expect: [],
  },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3042\nRUN pip install flask==3.0.3\n`, expect: [] },
]);
