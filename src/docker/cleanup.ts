import { rmSync } from 'node:fs';
import type { CommandRunner } from './runner.js';

/** Something a run made that must not outlive it. */
export type Leftover = { kind: 'image'; ref: string } | { kind: 'worktree'; path: string; repository: string } | { kind: 'path'; path: string };

/**
 * What the builds made (temporary tags, base worktrees, scratch files), removed at the end of the run,
 * also when a build fails. `onChange` gets the list whenever it changes: the action saves it as step
 * state, so the `runs.post` step removes what a cancelled run left behind.
 */
export class Leftovers {
  private readonly items: Leftover[] = [];

  constructor(private readonly onChange: (items: readonly Leftover[]) => void = () => {}) {}

  add(item: Leftover): void {
    this.items.push(item);
    this.onChange(this.items);
  }

  get list(): readonly Leftover[] {
    return this.items;
  }

  /** Removes everything, newest first; what cannot be removed is reported, never thrown. */
  async removeAll(runner: CommandRunner, report: (text: string) => void, env?: Record<string, string>): Promise<void> {
    const failures = await removeLeftovers([...this.items].reverse(), runner, env);
    for (const failure of failures) report(failure);
    this.items.length = 0;
    this.onChange(this.items);
  }
}

/**
 * Removes leftovers; returns a line per one that could not be removed. The images go in one `docker
 * image rm` while the worktrees and files are removed beside it (in their given order: a worktree
 * before the folder holding it): each docker or git start is a few hundred milliseconds on a busy runner.
 */
export async function removeLeftovers(items: readonly Leftover[], runner: CommandRunner, env?: Record<string, string>): Promise<string[]> {
  const images = items.flatMap((item) => (item.kind === 'image' ? [item.ref] : []));
  const [imageFailures, otherFailures] = await Promise.all([removeImages(images, runner, env), removeFiles(items, runner)]);
  return [...imageFailures, ...otherFailures];
}

async function removeImages(refs: readonly string[], runner: CommandRunner, env?: Record<string, string>): Promise<string[]> {
  if (refs.length === 0) return [];
  const removed = await runner.run('docker', ['image', 'rm', '--force', ...refs], { env, timeoutMs: 120_000 });
  if (removed.code === 0) return [];
  // One line per image it could not remove; one already gone is not a failure.
  const lines = removed.stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/No such image/i.test(line));
  return lines.map((line) => `could not remove the image ${refs.find((ref) => line.includes(ref)) ?? refs.join(', ')}: ${line}`);
}

async function removeFiles(items: readonly Leftover[], runner: CommandRunner): Promise<string[]> {
  const failures: string[] = [];
  for (const item of items) {
    if (item.kind === 'worktree') {
      const removed = await runner.run('git', ['-C', item.repository, 'worktree', 'remove', '--force', item.path], { timeoutMs: 120_000 });
      if (removed.code === 0) continue;
      // What git could not remove goes by hand, and prune forgets it.
      rmSync(item.path, { recursive: true, force: true });
      await runner.run('git', ['-C', item.repository, 'worktree', 'prune'], { timeoutMs: 60_000 });
      if (!/is not a working tree/.test(removed.stderr)) failures.push(`could not remove the worktree ${item.path}: ${removed.stderr.trim()}`);
    } else if (item.kind === 'path') {
      try {
        rmSync(item.path, { recursive: true, force: true });
      } catch (err) {
        failures.push(`could not remove ${item.path}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return failures;
}
