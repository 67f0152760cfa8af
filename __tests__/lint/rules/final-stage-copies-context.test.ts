import { finalStageCopiesContext } from '../../../src/lint/rules/final-stage-copies-context.js';
import { describeRule } from '../../helpers/rule-cases.js';

const goSingle = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n';
const pyApp = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';

describeRule(finalStageCopiesContext, [
  { name: 'compiled in the image: the sources are dead weight', dockerfile: goSingle, expect: [{ line: 3, message: '`COPY . .` ships the whole source tree', severity: 'warning' }] },
  {
    name: 'built in another stage, context copied into the final one',
    dockerfile: 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCOPY . .\nCMD ["node", "dist/index.js"]\n',
    expect: [{ line: 8, severity: 'warning' }],
  },
  { name: 'ADD . too', dockerfile: goSingle.replace('COPY . .', 'ADD . /src'), expect: [{ line: 3, message: '`ADD . /src`' }] },
  { name: 'interpreted app: advice', dockerfile: pyApp, expect: [{ line: 5, severity: 'info', message: 'ships everything in the build context' }] },
  { name: 'interpreted app with a .dockerignore: fine', dockerfile: pyApp, dockerignore: '.git\n__pycache__\n', expect: [] },
  { name: 'an empty .dockerignore does not count', dockerfile: pyApp, dockerignore: '# nothing yet\n', expect: [{ line: 5, severity: 'info' }] },
  { name: 'compiled app: a .dockerignore does not make the sources useful', dockerfile: goSingle, dockerignore: '.git\n', expect: [{ line: 3, severity: 'warning' }] },
  {
    name: 'only the build stage copies the context',
    dockerfile: 'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nCMD ["/app"]\n',
    expect: [],
  },
  { name: 'specific folders are fine', dockerfile: 'FROM python:3.12-slim\nCOPY src/ /app/src/\nCMD ["python", "-m", "src"]\n', expect: [] },
  { name: 'a dev image ships its sources on purpose', dockerfile: pyApp.replace('FROM python:3.12-slim', 'FROM python:3.12-slim AS dev'), expect: [] },
  { name: 'ONBUILD runs in another build', dockerfile: 'FROM node:20\nONBUILD COPY . /app\nCMD ["node", "/app"]\n', expect: [] },
]);
