/**
 * The action's post step (`runs.post`): removes what the builds of a cancelled or crashed run left
 * behind (temporary image tags, base worktrees, scratch files). The main step saves the list as step
 * state while it builds and empties it once it has cleaned up, so after a normal run this does nothing.
 */
import * as core from '@actions/core';
import { actionsCommandRunner } from './docker/actions-runner.js';
import { removeLeftovers, type Leftover } from './docker/cleanup.js';

export const LEFTOVERS_STATE = 'stagecraft-leftovers';

export async function post(): Promise<void> {
  const saved = core.getState(LEFTOVERS_STATE);
  if (!saved) return;
  let items: Leftover[];
  try {
    items = JSON.parse(saved) as Leftover[];
  } catch {
    return;
  }
  if (items.length === 0) return;
  core.info(`Stagecraft: removing ${items.length} thing${items.length === 1 ? '' : 's'} a build left behind.`);
  for (const failure of await removeLeftovers([...items].reverse(), actionsCommandRunner)) core.warning(`Stagecraft cleanup: ${failure}`);
}
