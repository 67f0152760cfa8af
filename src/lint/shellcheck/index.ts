export { runShells, shellName, isNonPosixShell, scriptShell, shebangArgv, type RunShell } from './shell.js';
export { shellcheckScripts, shellcheckShell, dialectOf, type ScriptOptions, type ShellcheckScript, type ShellDialect } from './scripts.js';
export { busyboxAshRuns } from './busybox.js';
export {
  runShellcheckForFiles,
  batchesOf,
  overScriptLimits,
  SCRIPT_LIMITS,
  BATCH_LIMITS,
  parseJson1,
  versionAtLeast,
  EXCLUDED_CODES,
  type ShellcheckComment,
  type ShellcheckFile,
  type ShellcheckOutcome,
  type ShellcheckResults,
  type ShellcheckRunner,
} from './batch.js';
