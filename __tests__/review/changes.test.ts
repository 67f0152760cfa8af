import { describe, expect, it } from 'vitest';
import { selectChangedDockerfiles, type ChangeSelectionOptions } from '../../src/review/changes.js';
import type { ChangedFile, DockerfileChange } from '../../src/review/types.js';
import type { BuildDiscovery } from '../../src/builds/types.js';
import { definition } from '../builds/helpers.js';

const added = (path: string): ChangedFile => ({ path, status: 'added', previousPath: null });
const modified = (path: string): ChangedFile => ({ path, status: 'modified', previousPath: null });
const removed = (path: string): ChangedFile => ({ path, status: 'removed', previousPath: null });
const renamed = (previousPath: string, path: string): ChangedFile => ({ path, status: 'renamed', previousPath });

/** A repository at the head: Dockerfiles at the root, in services/ and deeper, with their settings files. */
const HEAD_FILES = [
  '.dockerignore',
  '.hadolint.yaml',
  'Dockerfile',
  'README.md',
  'docs/Dockerfile.md',
  'services/.dockerignore',
  'services/.stagecraft.yml',
  'services/Dockerfile',
  'services/Dockerfile.prod',
  'services/Dockerfile.prod.dockerignore',
  'services/api/.hadolint.yaml',
  'services/api/Dockerfile',
  'services/api/main.go',
  'services/web/web.dockerfile',
  'tools/Containerfile',
  'vendor/Dockerfile',
];

interface ChangesCase {
  name: string;
  changes: ChangedFile[];
  options?: Partial<ChangeSelectionOptions>;
  /** `path status basePath [because…]`. */
  expect: string[];
}

function summary(change: DockerfileChange): string {
  return [change.path, change.status, change.basePath ?? 'null', ...change.because].join(' ');
}

/** The head's build definitions: compose builds services/api/Dockerfile from the root, a workflow builds tools/Containerfile. */
const BUILDS: BuildDiscovery = {
  definitions: [
    definition('compose', 'compose.yaml', 3, { dockerfile: 'services/api/Dockerfile', context: '' }),
    definition('workflow', '.github/workflows/image.yml', 5, { dockerfile: 'tools/Containerfile', context: 'tools' }),
  ],
  notices: [],
};

const CASES: ChangesCase[] = [
  {
    name: "a root .dockerignore affects the Dockerfiles built from the root context, not those whose context is their folder",
    changes: [modified('.dockerignore')],
    options: { builds: BUILDS },
    expect: ['Dockerfile settings Dockerfile .dockerignore', 'services/api/Dockerfile settings services/api/Dockerfile .dockerignore'],
  },
  {
    name: 'the .dockerignore of a Dockerfile folder no longer counts when a definition builds it from elsewhere',
    changes: [added('services/api/.dockerignore')],
    options: { builds: BUILDS },
    expect: [],
  },
  {
    name: 'a build file that defines a Dockerfile makes it a settings change',
    changes: [modified('compose.yaml'), modified('.github/workflows/image.yml'), modified('docker-bake.hcl')],
    options: { builds: BUILDS },
    expect: ['services/api/Dockerfile settings services/api/Dockerfile compose.yaml', 'tools/Containerfile settings tools/Containerfile .github/workflows/image.yml'],
  },
  {
    name: 'a modified Dockerfile is listed with its own path as base; other files are not',
    changes: [modified('services/api/Dockerfile'), modified('services/api/main.go'), modified('README.md')],
    expect: ['services/api/Dockerfile modified services/api/Dockerfile'],
  },
  {
    name: 'an added Dockerfile has no base path',
    changes: [added('tools/Containerfile')],
    expect: ['tools/Containerfile added null'],
  },
  {
    name: 'a removed Dockerfile keeps its old path as path and base path',
    changes: [removed('services/old/Dockerfile')],
    expect: ['services/old/Dockerfile removed services/old/Dockerfile'],
  },
  {
    name: 'a renamed Dockerfile has its old path as base path',
    changes: [renamed('services/Dockerfile.staging', 'services/web/web.dockerfile')],
    expect: ['services/web/web.dockerfile renamed services/Dockerfile.staging'],
  },
  {
    name: 'a rename from a name that is no Dockerfile into one that is counts',
    changes: [renamed('services/api/build.docker', 'services/api/Dockerfile')],
    expect: ['services/api/Dockerfile renamed services/api/build.docker'],
  },
  {
    name: 'a rename out of the patterns is the removal of the Dockerfile at its old path',
    changes: [renamed('tools/Containerfile', 'tools/Containerfile.md')],
    expect: ['tools/Containerfile removed tools/Containerfile'],
  },
  {
    name: 'documents and ignore files named after a Dockerfile are not Dockerfiles',
    changes: [modified('docs/Dockerfile.md'), added('notes/Dockerfile.txt')],
    expect: [],
  },
  {
    name: 'include patterns decide which changed files are Dockerfiles',
    changes: [modified('Dockerfile'), modified('services/Dockerfile'), modified('services/api/Dockerfile'), added('services/api/Dockerfile.dockerignore')],
    options: { patterns: { include: ['services/**/Dockerfile'], exclude: [] } },
    // The new Dockerfile.dockerignore is a settings change of the (selected) services/api/Dockerfile.
    expect: [
      'services/Dockerfile modified services/Dockerfile',
      'services/api/Dockerfile modified services/api/Dockerfile services/api/Dockerfile.dockerignore',
    ],
  },
  {
    name: 'excludes drop Dockerfiles, changed or affected by settings',
    changes: [modified('vendor/Dockerfile'), modified('.hadolint.yaml')],
    options: { patterns: { include: [], exclude: ['vendor/**', 'services/**'] } },
    expect: ['Dockerfile settings Dockerfile .hadolint.yaml', 'tools/Containerfile settings tools/Containerfile .hadolint.yaml'],
  },
  {
    name: 'a .dockerignore affects the Dockerfiles beside it that have no <name>.dockerignore of their own',
    changes: [modified('services/.dockerignore')],
    expect: ['services/Dockerfile settings services/Dockerfile services/.dockerignore'],
  },
  {
    name: 'a <name>.dockerignore affects that Dockerfile only',
    changes: [modified('services/Dockerfile.prod.dockerignore')],
    expect: ['services/Dockerfile.prod settings services/Dockerfile.prod services/Dockerfile.prod.dockerignore'],
  },
  {
    name: 'removing a <name>.dockerignore puts its Dockerfile under the folder .dockerignore',
    changes: [removed('services/Dockerfile.prod.dockerignore'), modified('services/.dockerignore')],
    options: { headFiles: HEAD_FILES.filter((p) => p !== 'services/Dockerfile.prod.dockerignore') },
    expect: [
      'services/Dockerfile settings services/Dockerfile services/.dockerignore',
      'services/Dockerfile.prod settings services/Dockerfile.prod services/.dockerignore services/Dockerfile.prod.dockerignore',
    ],
  },
  {
    name: 'a nested .hadolint.yaml affects the Dockerfiles at or below its folder',
    changes: [modified('services/api/.hadolint.yaml')],
    expect: ['services/api/Dockerfile settings services/api/Dockerfile services/api/.hadolint.yaml'],
  },
  {
    name: 'a .stagecraft.yml affects every Dockerfile below its folder, at any depth',
    changes: [added('services/.stagecraft.yml')],
    expect: [
      'services/Dockerfile settings services/Dockerfile services/.stagecraft.yml',
      'services/Dockerfile.prod settings services/Dockerfile.prod services/.stagecraft.yml',
      'services/api/Dockerfile settings services/api/Dockerfile services/.stagecraft.yml',
      'services/web/web.dockerfile settings services/web/web.dockerfile services/.stagecraft.yml',
    ],
  },
  {
    name: 'a removed or renamed settings file counts by both its paths',
    changes: [renamed('services/api/.hadolint.yml', 'tools/.hadolint.yml')],
    expect: [
      'services/api/Dockerfile settings services/api/Dockerfile tools/.hadolint.yml',
      'tools/Containerfile settings tools/Containerfile tools/.hadolint.yml',
    ],
  },
  {
    name: 'a Dockerfile both modified and with a changed .dockerignore is listed once, with the reason',
    changes: [modified('services/.dockerignore'), modified('services/Dockerfile'), modified('services/.stagecraft.yml')],
    options: { patterns: { include: ['services/Dockerfile'], exclude: [] } },
    expect: ['services/Dockerfile modified services/Dockerfile services/.dockerignore services/.stagecraft.yml'],
  },
  {
    name: 'with working-directory services, patterns are relative to it and files outside never match',
    changes: [modified('Dockerfile'), modified('services/api/Dockerfile'), modified('.dockerignore'), modified('.hadolint.yaml')],
    options: { workingDirectory: 'services', patterns: { include: ['api/Dockerfile', 'Dockerfile.prod'], exclude: [] } },
    // The root .hadolint.yaml still configures the Dockerfiles below working-directory.
    expect: [
      'services/Dockerfile.prod settings services/Dockerfile.prod .hadolint.yaml',
      'services/api/Dockerfile modified services/api/Dockerfile .hadolint.yaml',
    ],
  },
  {
    name: 'a working-directory prefix must end at a folder boundary',
    changes: [modified('services-old/Dockerfile'), modified('services/Dockerfile')],
    options: { workingDirectory: './services/' },
    expect: ['services/Dockerfile modified services/Dockerfile'],
  },
  {
    name: 'the explicit config affects every selected Dockerfile; a file of the same name elsewhere does not',
    changes: [modified('ci/stagecraft.yml'), modified('other/stagecraft.yml')],
    options: { explicitConfig: 'ci/stagecraft.yml', patterns: { include: [], exclude: ['services/**', 'vendor/**'] } },
    expect: ['Dockerfile settings Dockerfile ci/stagecraft.yml', 'tools/Containerfile settings tools/Containerfile ci/stagecraft.yml'],
  },
];

describe('selectChangedDockerfiles', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const options: ChangeSelectionOptions = { workingDirectory: '', patterns: { include: [], exclude: [] }, headFiles: HEAD_FILES, ...c.options };
    expect(selectChangedDockerfiles(c.changes, options).map(summary)).toEqual(c.expect);
  });

  it('sorts by path and lists each Dockerfile once whatever the order of the changes', () => {
    const changes = [modified('tools/Containerfile'), modified('.hadolint.yaml'), added('Dockerfile'), modified('.dockerignore')];
    const result = selectChangedDockerfiles(changes, { workingDirectory: '', patterns: { include: [], exclude: [] }, headFiles: HEAD_FILES });
    const paths = result.map((c) => c.path);
    expect(paths).toEqual([...new Set(paths)].sort());
    expect(result.find((c) => c.path === 'Dockerfile')).toEqual({ path: 'Dockerfile', status: 'added', basePath: null, because: ['.dockerignore', '.hadolint.yaml'] });
    expect(result.find((c) => c.path === 'tools/Containerfile')?.because).toEqual(['.hadolint.yaml']);
  });
});
