import { mkdtempSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildxArgs, type BuildRequest, type BuildSettings } from './argv.js';
import type { Leftovers } from './cleanup.js';
import type { BuilderInfo } from './detect.js';
import { measureStoredImage } from './image-store.js';
import { measureOciLayout } from './oci-layout.js';
import type { CommandRunner } from './runner.js';
import { buildErrorLine, failedInstructionLines } from './build-log.js';
import type { BuildFailure, VariantResult } from './types.js';

/** Lines of a failed build's log kept for the report. */
export const LOG_TAIL_LINES = 30;

export interface BuildEnvironment {
  runner: CommandRunner;
  builder: BuilderInfo;
  settings: BuildSettings;
  /** Scratch space for metadata files and OCI layouts. */
  tempDir: string;
  leftovers: Leftovers;
  /** Build logs, in a collapsible group per build. */
  logGroup(title: string, run: (line: (text: string) => void) => Promise<void>): Promise<void>;
  /** Extra environment for docker (DOCKER_HOST, secret values). */
  env?: Record<string, string>;
}

/** What the build's `--metadata-file` says: the digests read before anything is cleaned up. */
export interface BuildMetadata {
  configDigest: string | null;
  imageDigest: string | null;
}

export interface BuiltVariant {
  result: VariantResult;
  metadata: BuildMetadata | null;
}

/**
 * Builds one variant and measures it: loaded under a temporary tag into the classic store, or exported
 * as an OCI layout. The tag and files are registered as leftovers and removed by the caller's cleanup.
 */
export async function buildVariant(label: string, request: BuildRequest, env: BuildEnvironment): Promise<BuiltVariant> {
  const scratch = mkdtempSync(join(env.tempDir, 'stagecraft-build-'));
  env.leftovers.add({ kind: 'path', path: scratch });
  const metadataFile = join(scratch, 'metadata.json');
  const output = env.builder.output === 'load' ? ({ kind: 'load', tag: `stagecraft-build:${randomBytes(6).toString('hex')}` } as const) : ({ kind: 'oci', dest: join(scratch, 'image.oci.tar') } as const);
  if (output.kind === 'load') env.leftovers.add({ kind: 'image', ref: output.tag });
  const args = buildxArgs(request, env.settings, output, metadataFile, { cacheExport: env.builder.cacheExport });

  const started = Date.now();
  let outcome = { code: 0, stderr: '', stdout: '', timedOut: false };
  const mask = secretMask(env.settings.secretValues ?? []);
  await env.logGroup(`Building ${label}`, async (line) => {
    outcome = await env.runner.run('docker', args, { env: env.env, timeoutMs: env.settings.timeoutMs ?? undefined, onLine: (text) => line(mask(text)) });
  });
  const buildSeconds = (Date.now() - started) / 1000;
  if (outcome.code !== 0) {
    const reason = outcome.timedOut ? `the build took longer than build-timeout (${Math.round((env.settings.timeoutMs ?? 0) / 1000)} s)` : `docker buildx build exited with ${outcome.code}`;
    const log = mask(`${outcome.stdout}${outcome.stderr}`);
    const error = buildErrorLine(log);
    const instruction = failedInstructionLines(log, basename(request.dockerfile));
    const failure: BuildFailure = { reason, logTail: tail(log), ...(error ? { error } : {}), ...(instruction ? { instruction } : {}) };
    return { result: { status: 'failed', failure }, metadata: null };
  }
  const metadata = readMetadata(metadataFile);
  const platform = env.settings.platforms.length > 1 ? (env.settings.platforms[0] ?? null) : null;
  try {
    const image =
      output.kind === 'load'
        ? await measureStoredImage(env.runner, output.tag, { buildSeconds, platform, env: env.env })
        : await measureOciLayout(output.dest, { buildSeconds, platform });
    return { result: { status: 'built', image }, metadata };
  } catch (err) {
    return { result: { status: 'failed', failure: { reason: `the image was built but could not be measured: ${err instanceof Error ? err.message : String(err)}`, logTail: '' } }, metadata };
  }
}

function readMetadata(path: string): BuildMetadata | null {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const text = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : null);
    return { configDigest: text('containerimage.config.digest'), imageDigest: text('containerimage.digest') };
  } catch {
    return null;
  }
}

/**
 * Replaces each secret value (and each line of a multi-line one) with `***`: a RUN that prints a
 * secret must not carry it into the log, the comment or the report. Longest first, so a value that
 * contains another is masked whole.
 */
export function secretMask(values: readonly string[]): (text: string) => string {
  const lines = values.flatMap((value) => value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 3));
  const pieces = [...new Set([...values.filter((value) => value !== ''), ...lines])].sort((a, b) => b.length - a.length);
  if (pieces.length === 0) return (text) => text;
  return (text) => pieces.reduce((masked, piece) => masked.split(piece).join('***'), text);
}

export function tail(log: string, lines = LOG_TAIL_LINES): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}
