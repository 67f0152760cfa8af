import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/lint/engine.js';
import { devServerInImage } from '../../../src/lint/rules/dev-server-in-image.js';
import { describeRule, findingsOf } from '../../helpers/rule-cases.js';

const node = (cmd: string) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nEXPOSE 3000\n${cmd}\n`;
const python = (cmd: string) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n${cmd}\n`;

describeRule(devServerInImage, [
  { name: 'npm run dev', dockerfile: node('CMD ["npm", "run", "dev"]'), expect: [{ line: 7, severity: 'warning', message: '`npm run dev` is a development server' }] },
  { name: 'yarn dev', dockerfile: node('CMD ["yarn", "dev"]'), expect: [{ line: 7, message: '`yarn dev`' }] },
  { name: 'shell form after an install', dockerfile: node('CMD npm install && npm run dev'), expect: [{ line: 7, message: '`npm run dev`' }] },
  { name: 'ng serve', dockerfile: node('CMD ["npx", "ng", "serve", "--host", "0.0.0.0"]'), expect: [{ line: 7, message: '`ng serve`' }] },
  { name: 'next dev', dockerfile: node('CMD ["npx", "next", "dev"]'), expect: [{ line: 7, message: '`next start`' }] },
  { name: 'nodemon', dockerfile: node('CMD ["nodemon", "src/index.js"]'), expect: [{ line: 7, message: '`nodemon`' }] },
  { name: 'nest start --watch', dockerfile: node('CMD ["nest", "start", "--watch"]'), expect: [{ line: 7 }] },
  { name: 'npm start runs whatever package.json says: not judged without it', dockerfile: node('CMD ["npm", "start"]'), expect: [] },
  { name: 'node on the built output', dockerfile: node('CMD ["node", "dist/server.js"]'), expect: [] },
  { name: 'next start', dockerfile: node('CMD ["npx", "next", "start"]'), expect: [] },
  { name: 'manage.py runserver', dockerfile: python('CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]'), expect: [{ line: 5, message: '`gunicorn <project>.wsgi`' }] },
  { name: 'flask run --debug', dockerfile: python('CMD ["flask", "run", "--debug", "--host=0.0.0.0"]'), expect: [{ line: 5, message: '`flask run --debug`' }] },
  { name: 'uvicorn --reload', dockerfile: python('CMD ["uvicorn", "main:app", "--reload", "--host", "0.0.0.0"]'), expect: [{ line: 5, message: '`uvicorn --reload`' }] },
  { name: 'uvicorn without --reload is a production server', dockerfile: python('CMD ["uvicorn", "main:app", "--host", "0.0.0.0"]'), expect: [] },
  { name: 'gunicorn', dockerfile: python('CMD ["gunicorn", "app.wsgi"]'), expect: [] },
  { name: 'php artisan serve', dockerfile: 'FROM php:8.3-cli\nWORKDIR /app\nCOPY . .\nCMD ["php", "artisan", "serve", "--host=0.0.0.0"]\n', expect: [{ line: 4, message: 'php-fpm' }] },
  { name: 'rails server in development', dockerfile: 'FROM ruby:3.3\nENV RAILS_ENV=development\nWORKDIR /app\nCOPY . .\nCMD ["bin/rails", "server", "-b", "0.0.0.0"]\n', expect: [{ line: 5, message: '`rails server (development)`' }] },
  { name: 'rails server in production', dockerfile: 'FROM ruby:3.3\nENV RAILS_ENV=production\nWORKDIR /app\nCOPY . .\nCMD ["bin/rails", "server", "-b", "0.0.0.0"]\n', expect: [] },
  { name: 'behind an entrypoint script', dockerfile: python('ENTRYPOINT ["./docker-entrypoint.sh"]\nCMD ["python", "manage.py", "runserver"]'), expect: [{ line: 6 }] },
  { name: 'a stage named dev is exempt', dockerfile: 'FROM node:20 AS dev\nWORKDIR /app\nCOPY . .\nCMD ["npm", "run", "dev"]\n', expect: [] },
  { name: 'Dockerfile.dev is exempt', dockerfile: node('CMD ["npm", "run", "dev"]'), path: 'Dockerfile.dev', expect: [] },
  {
    name: 'the dev target of a multi-stage file is exempt, the production target is not',
    dockerfile: 'FROM node:20 AS base\nWORKDIR /app\nCOPY . .\nFROM base AS development\nCMD ["npm", "run", "dev"]\nFROM base AS production\nRUN npm run build\nCMD ["node", "dist/index.js"]\n',
    target: 'development',
    expect: [],
  },
]);

const SEED = '/work/shared/seeds/002_7dd4c4779ec40e5e.txt';

// The seeds live outside the repository: a clone without them has nothing to read.
it.skipIf(!existsSync(SEED))("seed 002's single-stage Next.js image (npm run dev) gets the finding", () => {
  const dockerfile = /```dockerfile\n([\s\S]*?)```/.exec(readFileSync(SEED, 'utf8'))?.[1] ?? '';
  const found = findingsOf(devServerInImage, dockerfile);
  expect(found.map((f) => f.message.slice(0, 45))).toEqual(['`npm run dev` is a development server: it wat']);
});

describe('npm start reads the start script of the context package.json', () => {
  const dockerfile = 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["npm", "start"]\n';
  const run = (pkg: object | null) => lintText(dockerfile, 'Dockerfile', { rules: [devServerInImage], packageJson: pkg === null ? null : JSON.stringify(pkg) }).findings;

  it('a start script that runs vite is a dev server', () => {
    const found = run({ scripts: { start: 'vite --host 0.0.0.0' }, devDependencies: { vite: '^5' } });
    expect(found.map((f) => f.message.slice(0, 70))).toEqual(['`npm start` (package.json: `vite --host 0.0.0.0` is a development serv']);
  });

  it('a start script that runs node is not', () => {
    expect(run({ scripts: { start: 'node dist/server.js' } })).toEqual([]);
  });

  it('no package.json in the context: nothing to judge', () => {
    expect(run(null)).toEqual([]);
  });
});
