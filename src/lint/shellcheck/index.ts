export { runShells, shellName, isNonPosixShell, type RunShell } from './shell.js';
export { shellcheckScripts, dialectOf, type ShellcheckScript, type ShellDialect } from './scripts.js';
export {
  runShellcheckForFiles,
  parseJson1,
  EXCLUDED_CODES,
  type ShellcheckComment,
  type ShellcheckFile,
  type ShellcheckOutcome,
  type ShellcheckResults,
  type ShellcheckRunner,
} from './batch.js';
