export * from './types.js';
export { discoverBuilds, definitionsFor, type DiscoverBuildsOptions } from './discover.js';
export { readComposeFiles, interpolateWithDefaults } from './compose.js';
export { readBakeFiles, BAKE_FILE_NAMES } from './bake.js';
export { readWorkflows } from './workflows.js';
export { createBuildxBakePrinter, bakeEnvironment, type BuildxBakePrinterOptions } from './buildx.js';
