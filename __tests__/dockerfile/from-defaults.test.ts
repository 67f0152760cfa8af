import { describe, expect, it } from 'vitest';
import { parseDockerfile, reachableFrom } from '../../src/dockerfile/index.js';

const gpu = `ARG GPU
FROM python:3.12-slim AS app-cpu
FROM nvidia/cuda:12.4.0-runtime-ubuntu22.04 AS app-gpu
FROM app-\${GPU:+gpu-}\${GPU:-cpu} AS final
COPY --from=app-\${GPU:-cpu} /x /x
`;

describe('${VAR:-default} and ${VAR:+alt} in FROM and --from evaluate as BuildKit does', () => {
  it('an ARG declared without a value takes the default: app-cpu is built, app-gpu is not', () => {
    const df = parseDockerfile(gpu);
    const final = df.stages[2]!;
    expect(final.base).toMatchObject({ kind: 'stage', stage: 0 });
    const copy = final.dependencies.find((d) => d.kind === 'copy');
    expect(copy?.source).toEqual({ kind: 'stage', stage: 0 });
    expect([...reachableFrom(df, final)].sort()).toEqual([0, 2]);
  });

  it('an undeclared variable with a default is the default too', () => {
    const df = parseDockerfile('FROM node:${NODE_VERSION:-20}-alpine\n');
    expect(df.stages[0]!.base).toMatchObject({ kind: 'image', expanded: 'node:20-alpine', unresolved: [] });
  });

  it('a variable read bare stays unresolved: only a build argument can say what it is', () => {
    const df = parseDockerfile('ARG BASE\nFROM ${BASE}\n');
    expect(df.stages[0]!.base).toMatchObject({ kind: 'image', unresolved: ['BASE'] });
  });

  it('a variable read both bare and with a default stays unresolved', () => {
    const df = parseDockerfile('ARG V\nFROM img:${V}-${V:-x}\n');
    expect(df.stages[0]!.base).toMatchObject({ kind: 'image', unresolved: ['V'] });
  });
});
