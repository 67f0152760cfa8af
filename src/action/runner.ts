import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
}

/** The disk, as far as the run touches it beside linting (which reads through src/files). */
export interface FileSystem {
  /** Every file below a folder, relative and `/`-separated, skipping `.git` and `node_modules`. */
  listFiles(dir: string): string[];
  pathKind(path: string): 'file' | 'directory' | 'missing';
  /** A file's text, null when it cannot be read. */
  readText(path: string): string | null;
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
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write();
  },
  setFailed: (message) => core.setFailed(message),
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
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
};
