import { describe, expect, it } from 'vitest';
import { buildxArgs, DEFAULT_BUILD_SETTINGS } from '../../src/docker/argv.js';
import { targetsToBuild } from '../../src/docker/compare.js';
import { compareVariants } from '../../src/docker/delta.js';
import { abilitiesOf, parseBuildxInspect, parseBuildxVersion, parseDockerInfo, parseImageStore } from '../../src/docker/detect.js';
import { parseHistoryRows } from '../../src/docker/image-store.js';
import { instructionOf, layersFromHistory, layersFromHistoryRows } from '../../src/docker/layers.js';
import type { ImageMeasurement, VariantResult } from '../../src/docker/types.js';
import { exceedsBudget, formatBytes, formatPercent, parseSizeBudget } from '../../src/docker/units.js';

describe('max-size-increase units: MB = 10⁶, MiB = 2²⁰', () => {
  it.each([
    ['10%', { kind: 'percent', percent: 10 }],
    ['2.5 %', { kind: 'percent', percent: 2.5 }],
    ['50MB', { kind: 'bytes', bytes: 50_000_000, system: 'decimal' }],
    ['50MiB', { kind: 'bytes', bytes: 50 * 1_048_576, system: 'binary' }],
    ['1.5 GiB', { kind: 'bytes', bytes: 1.5 * 2 ** 30, system: 'binary' }],
    ['200kB', { kind: 'bytes', bytes: 200_000, system: 'decimal' }],
    ['0', { kind: 'bytes', bytes: 0, system: 'decimal' }],
  ])('%s', (text, expected) => {
    expect(parseSizeBudget(text)).toMatchObject(expected);
  });
  it.each(['ten', '10 %%', '-5MB', '5 MBs', ''])('rejects %j with a message saying what is accepted', (text) => {
    expect(() => parseSizeBudget(text)).toThrow(/"10%".*50MB/);
  });
  it.each([
    [100, 110, '10%', false],
    [100, 111, '10%', true],
    [100, 50, '0', false],
    [0, 1, '10%', true],
    [1_000_000, 1_000_000 + 1_048_576, '1MiB', false],
    [1_000_000, 1_000_000 + 1_048_576, '1MB', true],
  ])('base %i → head %i against %s exceeds: %s', (base, head, budget, exceeded) => {
    expect(exceedsBudget(base, head, parseSizeBudget(budget))).toBe(exceeded);
  });
  it.each([
    [0, 'decimal', '0 B'],
    [999, 'decimal', '999 B'],
    [40_100_000, 'decimal', '40.1 MB'],
    [1_900_000, 'decimal', '1.9 MB'],
    [150_000_000, 'decimal', '150 MB'],
    [1_048_576, 'binary', '1.0 MiB'],
    [-38_200_000, 'decimal', '−38.2 MB'],
    [999_960, 'decimal', '1.0 MB'],
  ] as const)('formatBytes(%i, %s) = %s', (bytes, system, text) => {
    expect(formatBytes(bytes, system)).toBe(text);
  });
  it('percentages carry their sign', () => {
    expect([formatPercent(-95.24), formatPercent(3), formatPercent(0), formatPercent(null)]).toEqual(['−95.2 %', '+3.0 %', '±0 %', null]);
  });
});

describe('layers from the image history: empty_layer entries make no layer', () => {
  it('pairs non-empty history entries with diff ids in order (ENV is no layer; WORKDIR and RUN true are 0-byte layers)', () => {
    const config = {
      rootfs: { diff_ids: ['sha256:a', 'sha256:b', 'sha256:c', 'sha256:d'] },
      history: [
        { created_by: '/bin/sh -c #(nop) ADD file:1 in / ' },
        { created_by: 'ENV X=1', empty_layer: true },
        { created_by: 'RUN /bin/sh -c apk add curl # buildkit' },
        { created_by: 'WORKDIR /w' },
        { created_by: 'LABEL a=b', empty_layer: true },
        { created_by: 'RUN /bin/sh -c true # buildkit' },
        { created_by: 'CMD ["sh"]', empty_layer: true },
      ],
    };
    expect(layersFromHistory(config, [5, 7, 0, 0])).toEqual([
      { diffId: 'sha256:a', instruction: 'ADD file:1 in /', bytes: 5 },
      { diffId: 'sha256:b', instruction: 'RUN apk add curl', bytes: 7 },
      { diffId: 'sha256:c', instruction: 'WORKDIR /w', bytes: 0 },
      { diffId: 'sha256:d', instruction: 'RUN true', bytes: 0 },
    ]);
  });
  it('an imported layer is named by its comment', () => {
    expect(layersFromHistory({ rootfs: { diff_ids: ['sha256:a'] }, history: [{ created_by: '', comment: 'Imported from -' }] })[0]!.instruction).toBe('Imported from -');
  });
  it('more layers than history entries: the surplus has no instruction', () => {
    expect(layersFromHistory({ rootfs: { diff_ids: ['sha256:a', 'sha256:b'] }, history: [{ created_by: 'COPY . .' }] })).toEqual([
      { diffId: 'sha256:a', instruction: 'COPY . .', bytes: 0 },
      { diffId: 'sha256:b', instruction: '', bytes: 0 },
    ]);
  });
  it.each([
    ['RUN /bin/sh -c npm ci # buildkit', 'RUN npm ci'],
    ['RUN |2 A=1 B=2 /bin/sh -c make # buildkit', 'RUN make'],
    ['/bin/sh -c #(nop)  ENV X=1', 'ENV X=1'],
    ['/bin/sh -c apt-get update', 'RUN apt-get update'],
    ['COPY /app/dist ./dist # buildkit', 'COPY /app/dist ./dist'],
  ])('instructionOf(%j) = %j', (createdBy, instruction) => {
    expect(instructionOf(createdBy)).toBe(instruction);
  });
});

const image = (bytes: number, layers: [string, number][], kind: ImageMeasurement['kind'] = 'uncompressed'): VariantResult => ({
  status: 'built',
  image: { bytes, kind, source: 'image-store', compressedBytes: null, layers: layers.map(([diffId, b]) => ({ diffId, instruction: `RUN ${diffId}`, bytes: b })), configDigest: null, platform: null, buildSeconds: 1 },
});

describe('base → head comparison', () => {
  it('delta, layers added and dropped by diff id, largest layers, budget', () => {
    const c = compareVariants(image(100, [['base', 10], ['tools', 80], ['app', 10]]), image(30, [['base', 10], ['app2', 20]]), parseSizeBudget('10%'));
    expect(c.delta).toEqual({ bytes: -70, percent: -70 });
    expect(c.added.map((l) => l.diffId)).toEqual(['app2']);
    expect(c.dropped.map((l) => l.diffId)).toEqual(['tools', 'app']);
    expect(c.largest.map((l) => l.diffId)).toEqual(['app2', 'base']);
    expect(c.budget).toEqual({ text: '10%', exceeded: false });
  });
  it('growth over the budget is flagged', () => {
    expect(compareVariants(image(100, []), image(200, []), parseSizeBudget('50MB')).budget?.exceeded).toBe(false);
    expect(compareVariants(image(100, []), image(200, []), parseSizeBudget('99%')).budget?.exceeded).toBe(true);
  });
  it('compressed and uncompressed figures are never compared', () => {
    const c = compareVariants(image(100, []), image(50, [], 'compressed'), parseSizeBudget('1%'));
    expect(c.delta).toBeNull();
    expect(c.budget).toBeNull();
    expect(c.notes.join(' ')).toMatch(/not compared/);
  });
  it('a new Dockerfile has only a head; a failed base leaves no delta', () => {
    const added = compareVariants({ status: 'absent' }, image(10, [['a', 10]]), null);
    expect([added.delta, added.added, added.largest.length]).toEqual([null, [], 1]);
    const failed = compareVariants({ status: 'failed', failure: { reason: 'x', logTail: '' } }, image(10, []), null);
    expect(failed.delta).toBeNull();
  });
});

describe('buildx argv', () => {
  const request = { dockerfile: '/w/app/Dockerfile', context: '/w/app', target: 'runtime', args: { B: 'def', A: '1' } };
  it('always --provenance=false --sbom=false --metadata-file; inputs override the definition', () => {
    const args = buildxArgs(request, { ...DEFAULT_BUILD_SETTINGS, buildArgs: { A: '2' }, network: 'none', builder: 'remote1' }, { kind: 'load', tag: 't:1' }, '/tmp/m.json', { cacheExport: false });
    expect(args).toEqual([
      'buildx', 'build', '--builder', 'remote1', '--file', '/w/app/Dockerfile', '--target', 'runtime',
      '--build-arg', 'A=2', '--build-arg', 'B=def', '--network=none',
      '--provenance=false', '--sbom=false', '--metadata-file', '/tmp/m.json', '--progress=plain', '--tag', 't:1', '--load', '/w/app',
    ]);
  });
  it('the classic store builds the first platform only; an OCI export takes them all', () => {
    const settings = { ...DEFAULT_BUILD_SETTINGS, platforms: ['linux/amd64', 'linux/arm64'] };
    expect(buildxArgs(request, settings, { kind: 'load', tag: 't' }, 'm', { cacheExport: false })).toContain('linux/amd64');
    expect(buildxArgs(request, settings, { kind: 'oci', dest: '/o.tar' }, 'm', { cacheExport: true })).toEqual(expect.arrayContaining(['linux/amd64,linux/arm64', 'type=oci,dest=/o.tar']));
  });
  it('cache exports the driver refuses are dropped; inline is kept; secrets go as given specs', () => {
    const settings = { ...DEFAULT_BUILD_SETTINGS, target: 'x', cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max', 'type=inline'], secretSpecs: ['id=npm,src=/tmp/s'], noCache: true };
    const args = buildxArgs(request, settings, { kind: 'load', tag: 't' }, 'm', { cacheExport: false });
    expect(args.join(' ')).toContain('--target x');
    expect(args.join(' ')).toContain('--cache-from type=gha --cache-to type=inline');
    expect(args.join(' ')).not.toContain('mode=max');
    expect(args.join(' ')).toContain('--secret id=npm,src=/tmp/s');
    expect(args).toContain('--no-cache');
    expect(buildxArgs(request, settings, { kind: 'oci', dest: 'o' }, 'm', { cacheExport: true }).join(' ')).toContain('--cache-to type=gha,mode=max');
  });
});

describe('layers from docker history rows alone, only when they cannot be misread', () => {
  const row = (createdBy: string, size: number, comment = 'buildkit.dockerfile.v0') => ({ createdBy, size, comment });
  const base = row('', 100, 'Imported from -');
  it.each([
    ['every layer has bytes; ENV and CMD rows are not layers', [base, row('ENV A=1', 0), row('RUN /bin/sh -c make # buildkit', 50), row('CMD ["sh"]', 0)], ['a', 'b'], 150, ['Imported from -', 'RUN make']],
    ['one 0-byte layer, one 0-byte row that can make one (ENV and LABEL cannot)', [base, row('ENV A=1', 0), row('WORKDIR /app', 0), row('LABEL x=1', 0), row('COPY . . # buildkit', 7)], ['a', 'b', 'c'], 107, ['Imported from -', 'WORKDIR /app', 'COPY . .']],
    ['as many 0-byte candidates as 0-byte layers', [base, row('RUN /bin/sh -c true # buildkit', 0), row('WORKDIR /app', 0)], ['a', 'b', 'c'], 100, ['Imported from -', 'RUN true', 'WORKDIR /app']],
    ['classic builder records: #(nop) ENV is no layer', [base, row('/bin/sh -c #(nop)  ENV X=1', 0, ''), row('/bin/sh -c mkdir /x', 0, '')], ['a', 'b'], 100, ['Imported from -', 'RUN mkdir /x']],
  ])('%s', (_, rows, diffIds, total, instructions) => {
    const layers = layersFromHistoryRows(rows, diffIds, total);
    expect(layers?.map((layer) => layer.instruction)).toEqual(instructions);
    expect(layers?.map((layer) => layer.diffId)).toEqual(diffIds);
    expect(layers?.reduce((sum, layer) => sum + layer.bytes, 0)).toBe(total);
  });
  it.each([
    ['two 0-byte rows could have made the one 0-byte layer', [base, row('RUN /bin/sh -c true # buildkit', 0), row('WORKDIR /x', 0)], ['a', 'b'], 100],
    ['the rows do not add up to the image size', [base, row('COPY . . # buildkit', 7)], ['a', 'b'], 100],
    ['more rows with bytes than layers', [base, row('COPY . . # buildkit', 7)], ['a'], 107],
    ['a layer missing and no row that could have made it', [base, row('ENV A=1', 0)], ['a', 'b'], 100],
  ])('null when %s', (_, rows, diffIds, total) => {
    expect(layersFromHistoryRows(rows, diffIds, total)).toBeNull();
  });
  it('parses docker history --format json lines, newest first, into rows oldest first', () => {
    const stdout = '{"Comment":"buildkit.dockerfile.v0","CreatedBy":"RUN /bin/sh -c echo \\u003e x # buildkit","Size":"5"}\n{"Comment":"Imported from -","CreatedBy":"","Size":"2026481"}\n';
    expect(parseHistoryRows(stdout)).toEqual([
      { createdBy: '', size: 2026481, comment: 'Imported from -' },
      { createdBy: 'RUN /bin/sh -c echo > x # buildkit', size: 5, comment: 'buildkit.dockerfile.v0' },
    ]);
  });
});

describe('builder detection', () => {
  it.each([
    ['github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3', '0.13.1'],
    ['github.com/docker/buildx v0.17.1 257815a6fb95aee2f6bd8ec5f3f1bf4e24b88a22', '0.17.1'],
    ['nonsense', null],
  ])('buildx version of %j', (text, version) => {
    expect(parseBuildxVersion(text)).toBe(version);
  });
  it('reads the driver and BuildKit version of `docker buildx inspect`', () => {
    const text = 'Name:          default\nDriver:        docker\nLast Activity: 2026-12-06\n\nNodes:\nName:      default\nEndpoint:  default\nStatus:    running\nBuildKit version: v0.13.2\nPlatforms: linux/amd64\n';
    expect(parseBuildxInspect(text)).toEqual({ driver: 'docker', buildkitVersion: 'v0.13.2' });
  });
  it('an unreachable daemon: buildx inspect exits 0 with no driver and an Error line', () => {
    const text = 'Name:          default\nDriver:        \nLast Activity: 2026-12-06 04:44:32 +0000 UTC\nError:         Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?\n';
    expect(parseBuildxInspect(text)).toEqual({ driver: null, buildkitVersion: null, error: 'Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?' });
  });
  it.each([
    ['buildx listed, classic store', { ClientInfo: { Plugins: [{ Name: 'compose', Version: 'v2.29.0' }, { Name: 'buildx', Version: '0.13.1+ds1' }] }, DriverStatus: [['Backing Filesystem', 'extfs']] }, { buildxVersion: '0.13.1', imageStore: 'classic' }],
    ['buildx v-prefixed, containerd store', { ClientInfo: { Plugins: [{ Name: 'buildx', Version: 'v0.17.1' }] }, DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']] }, { buildxVersion: '0.17.1', imageStore: 'containerd' }],
    ['no daemon: no driver status; no buildx plugin', { ClientInfo: { Plugins: [] }, DriverStatus: null }, { buildxVersion: null, imageStore: null }],
  ])('docker info, %s', (_, info, expected) => {
    expect(parseDockerInfo(JSON.stringify(info))).toEqual(expected);
  });
  it('docker info that is not JSON says nothing', () => {
    expect(parseDockerInfo('Cannot connect to the Docker daemon')).toEqual({ buildxVersion: null, imageStore: null });
  });
  it('the containerd store shows a snapshotter; the classic store does not', () => {
    expect(parseImageStore('[["driver-type","io.containerd.snapshotter.v1"]]')).toBe('containerd');
    expect(parseImageStore('[["Backing Filesystem","extfs"],["Supports d_type","true"]]')).toBe('classic');
  });
  it.each([
    ['docker', 'classic', '0.13.1', 'load', false, false],
    ['docker', 'containerd', '0.13.1', 'oci', true, false],
    ['docker-container', null, '0.15.0', 'oci', true, true],
    ['kubernetes', null, '0.17.1', 'oci', true, true],
  ] as const)('%s driver on %s store, buildx %s → %s, cache export %s, --call=check %s', (driver, imageStore, buildxVersion, output, cacheExport, callCheck) => {
    expect(abilitiesOf({ driver, imageStore, buildxVersion, buildkitVersion: null })).toMatchObject({ output, cacheExport, callCheck });
  });
});

describe('stages to measure on their own', () => {
  it('the stages the target reaches, unnamed ones named in a copy (BuildKit refuses --target <index>)', async () => {
    const { parseDockerfile } = await import('../../src/dockerfile/index.js');
    const { stagesToMeasure } = await import('../../src/docker/stages.js');
    const text = 'FROM --platform=linux/amd64 \\\n  node:18\r\nRUN make\r\nFROM alpine AS Tools\nRUN apk add x\nFROM scratch AS unused\nFROM alpine\nCOPY --from=0 /a /a\nCOPY --from=tools /t /t\n';
    const df = parseDockerfile(text);
    const { stages, text: copy } = stagesToMeasure(df, text, null);
    expect(stages).toEqual([
      { index: 0, id: '0', name: null, target: '__sc_0' },
      { index: 1, id: 'tools', name: 'Tools', target: 'Tools' },
    ]);
    expect(copy!.split('\n').slice(0, 2)).toEqual(['FROM --platform=linux/amd64 \\', '  node:18 AS __sc_0\r']);
    expect(copy!.split('\n').slice(2).join('\n')).toBe(text.split('\n').slice(2).join('\n'));
    expect(parseDockerfile(copy!).stages.map((s) => s.name)).toEqual(['__sc_0', 'Tools', 'unused', null]);
    expect(stagesToMeasure(df, text, 'tools')).toEqual({ stages: [], text: null });
  });
});

describe('which targets a changed Dockerfile is built for', () => {
  it.each([
    ['no definitions: once, for its plan', undefined, null, null],
    ['one target: once, as always', ['api'], null, null],
    ['several: each', ['api', 'worker'], null, ['api', 'worker']],
    ['several with the last stage (null)', ['api', null], null, ['api', null]],
    ['repeats count once', ['api', 'api'], null, null],
    ['the target input overrides them all', ['api', 'worker'], 'debug', null],
  ] as const)('%s', (_, targets, input, expected) => {
    expect(targetsToBuild({ targets: targets ? [...targets] : undefined }, { target: input })).toEqual(expected);
  });
});
