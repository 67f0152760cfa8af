import * as core from '@actions/core';

/** The action: placeholder until the action module lands. */
export async function run(): Promise<void> {
  core.info('stagecraft');
}
