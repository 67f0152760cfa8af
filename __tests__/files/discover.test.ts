import { describe, expect, it } from 'vitest';
import { selectDockerfiles } from '../../src/action/discover.js';
import { findDockerfiles, isDockerfileName } from '../../src/files/discover.js';
import { cli, workspace } from '../helpers/cli.js';

const TEMPLATE = 'FROM {{ base_image }}\nRUN {% for p in packages %}apk add {{ p }} && {% endfor %}true\n';

describe('isDockerfileName', () => {
  it.each(['Dockerfile', 'Dockerfile.prod', 'Dockerfile-dev', 'app.Dockerfile', 'Containerfile', 'Dockerfile.min', 'Dockerfile.plugin', 'Dockerfile.main'])(
    '%s is a Dockerfile',
    (name) => expect(isDockerfileName(name)).toBe(true),
  );

  it.each([
    'Dockerfile.j2',
    'Dockerfile.jinja',
    'Dockerfile.jinja2',
    'Dockerfile.tmpl',
    'Dockerfile.template',
    'Dockerfile.tpl',
    'Dockerfile.in',
    'Dockerfile.erb',
    'Dockerfile.ncl',
    'Dockerfile.m4',
    'Dockerfile.prod.j2',
    'app.Dockerfile.gotmpl',
    'Containerfile.mustache',
  ])('%s is a template that renders one', (name) => expect(isDockerfileName(name)).toBe(false));
});

describe('templates are found only when named', () => {
  const root = workspace({ 'Dockerfile': 'FROM alpine:3.20\n', 'deploy/Dockerfile.j2': TEMPLATE, 'deploy/Dockerfile.tmpl': TEMPLATE });

  it('a folder search skips them', () => {
    expect(findDockerfiles(root).map((p) => p.slice(root.length + 1))).toEqual(['Dockerfile']);
  });

  it("the action's default selection skips them; a pattern naming one selects it", () => {
    const files = ['Dockerfile', 'deploy/Dockerfile.j2', 'deploy/Dockerfile.tmpl'];
    expect(selectDockerfiles(files, { include: [], exclude: [] }).files).toEqual(['Dockerfile']);
    expect(selectDockerfiles(files, { include: ['deploy/Dockerfile.j2'], exclude: [] }).files).toEqual(['deploy/Dockerfile.j2']);
  });

  it('`stagecraft lint Dockerfile.j2` lints it', async () => {
    const run = await cli(['lint', 'deploy/Dockerfile.j2', '--format', 'json'], root);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['deploy/Dockerfile.j2']);
  });
});
