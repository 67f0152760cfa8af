export { parseShell, type ParsedScript, type ShellCommand, type ShellWord, type Separator, type Assignment } from './parse.js';
export * from './commands.js';
export { runScripts, runCommands, type RunScript } from './run.js';
export { variablesBefore, variablesBeforeEach } from './variables.js';
