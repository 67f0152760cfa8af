export * from './types.js';
export { discoverBuilds, definitionsFor, isBuildFile, type DiscoverBuildsOptions } from './discover.js';
export { configuredDefinitions } from './configured.js';
export { effectiveBuild, dockerignoreCandidates, describeDefinition, describeEffectiveBuild, describeTargets, type EffectiveBuild, type BuildOverrides } from './effective.js';
export { readComposeFiles, interpolateWithDefaults } from './compose.js';
export { readBakeFiles, BAKE_FILE_NAMES } from './bake.js';
export { readWorkflows } from './workflows.js';
export { createBuildxBakePrinter, bakeEnvironment, type BuildxBakePrinterOptions } from './buildx.js';
