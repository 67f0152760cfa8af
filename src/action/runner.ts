import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { walkFiles } from '../files/discover.js';
import type { Annotation } from './annotations.js';

/**
 * Everything the run says to GitHub. The real one is @actions/core; tests pass a recorder, so the
 * pipeline in main.ts runs in-process without mocking modules.
 */
export interface ActionIO {
  /** An input's value, trimmed; '' when not set. */
  getInput(name: string): string;
  info(text: string): void;
  /** A collapsed group in the log. */
  group(title: string, text: string): void;
  debug(text: string): void;
  /** A notice or warning about the run itself (no file). */
  notice(text: string): void;
  warning(text: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
  /** Masks a value in everything the runner logs from here on (`secrets`); absent where there is no runner log (tests, the CLI). */
  setSecret?(value: string): void;
  /** Kept for this action's post step (`runs.post`); absent where there is none (tests, the CLI). */
  saveState?(name: string, value: string): void;
}

/** The disk, as far as the run touches it beside linting (which reads through src/files). */
export interface FileSystem {
  /** Every file below a folder, relative and `/`-separated, skipping `.git` and `node_modules`. */
  listFiles(dir: string): string[];
  pathKind(path: string): 'file' | 'directory' | 'missing';
  /** A file's text, null when it cannot be read. */
  readText(path: string): string | null;
  /**
   * A file's text when it is at most `maxBytes` long; `{ size }` without reading it when it is longer
   * (a file from someone else, such as a downloaded artifact); null when it cannot be read.
   */
  readTextUpTo(path: string, maxBytes: number): { text: string } | { size: number } | null;
  /** Writes a file, creating its folder. */
  writeFile(path: string, text: string): void;
}

export const actionsCoreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  info: (text) => core.info(text),
  group: (title, text) => {
    core.startGroup(title);
    core.info(text);
    core.endGroup();
  },
  debug: (text) => core.debug(text),
  notice: (text) => core.notice(text),
  warning: (text) => core.warning(text),
  annotate: ({ kind, message, ...properties }) => {
    const emit = kind === 'error' ? core.error : kind === 'warning' ? core.warning : core.notice;
    emit(message, properties);
  },
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write();
  },
  setFailed: (message) => core.setFailed(message),
  saveState: (name, value) => core.saveState(name, value),
};

export const nodeFileSystem: FileSystem = {
  listFiles: walkFiles,
  pathKind: (path) => {
    try {
      const stat = statSync(path);
      return stat.isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  },
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  readTextUpTo: (path, maxBytes) => {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return null;
    }
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) return { size };
      // One byte more than allowed tells a file that grew since fstat from one that fits.
      const buffer = Buffer.alloc(maxBytes + 1);
      let length = 0;
      for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
      return length > maxBytes ? { size: length } : { text: buffer.subarray(0, length).toString('utf8') };
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  },
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
};

/** Adds to the job summary; a runner without one (outside GitHub Actions) gets a warning, never a failure. */
export async function appendJobSummary(io: ActionIO, markdown: string): Promise<void> {
  try {
    await io.appendSummary(markdown);
  } catch (err) {
    io.warning(`Stagecraft: the job summary could not be written (${err instanceof Error ? err.message : String(err)}).`);
  }
}
