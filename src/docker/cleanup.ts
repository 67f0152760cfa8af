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

/** Removes leftovers; returns a line per one that could not be removed. */
export async function removeLeftovers(items: readonly Leftover[], runner: CommandRunner, env?: Record<string, string>): Promise<string[]> {
  const failures: string[] = [];
  for (const item of items) {
    if (item.kind === 'image') {
      const removed = await runner.run('docker', ['image', 'rm', '--force', item.ref], { env, timeoutMs: 120_000 });
      if (removed.code !== 0 && !/No such image/i.test(removed.stderr)) failures.push(`could not remove the image ${item.ref}: ${removed.stderr.trim()}`);
    } else if (item.kind === 'worktree') {
      const removed = await runner.run('git', ['-C', item.repository, 'worktree', 'remove', '--force', item.path], { timeoutMs: 120_000 });
      rmSync(item.path, { recursive: true, force: true });
      await runner.run('git', ['-C', item.repository, 'worktree', 'prune'], { timeoutMs: 60_000 });
      if (removed.code !== 0 && !/is not a working tree/.test(removed.stderr)) failures.push(`could not remove the worktree ${item.path}: ${removed.stderr.trim()}`);
    } else {
      try {
        rmSync(item.path, { recursive: true, force: true });
      } catch (err) {
        failures.push(`could not remove ${item.path}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return failures;
}
