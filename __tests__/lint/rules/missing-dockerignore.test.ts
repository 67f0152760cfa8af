import { missingDockerignore } from '../../../src/lint/rules/missing-dockerignore.js';
import { describeRule } from '../../helpers/rule-cases.js';

const app = 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\nFROM node:20-alpine\nCOPY --from=build /app/node_modules /app/node_modules\nCOPY . /app\nCMD ["node", "/app/index.js"]\n';

describeRule(missingDockerignore, [
  { name: 'no .dockerignore', dockerfile: app, dockerignore: null, expect: [{ line: 3, message: 'there is no `.dockerignore`', severity: 'warning' }] },
  { name: 'an empty .dockerignore', dockerfile: app, dockerignore: '\n# todo\n', expect: [{ line: 3, message: 'has no patterns' }] },
  { name: 'a .dockerignore with patterns', dockerfile: app, dockerignore: 'node_modules\n.git\n', expect: [] },
  { name: 'unknown context: quiet', dockerfile: app, expect: [] },
  { name: 'specific files only', dockerfile: 'FROM alpine\nCOPY app.sh /app.sh\n', dockerignore: null, expect: [] },
  {
    name: 'a stage the target does not need',
    dockerfile: 'FROM alpine AS scratchpad\nCOPY . /x\nFROM alpine\nCOPY app.sh /\n',
    dockerignore: null,
    expect: [],
  },
]);
