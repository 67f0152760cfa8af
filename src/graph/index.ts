export type * from './types.js';
export { buildStageGraph, annotateStages, UNKNOWN_TARGET_NOTE, type BuildGraphOptions, type GraphTargets, type StageAnnotationsByStage } from './build.js';
export { diffStageGraphs, type DiffGraphOptions } from './diff.js';
export { matchStages, type StageMatching } from './match.js';
export { fitToBudget, GITHUB_MERMAID_BUDGET, type GraphBudget } from './budget.js';
export { renderMermaid, mermaidLegend, type MermaidOptions, type MermaidRendering } from './mermaid.js';
export { renderDot } from './dot.js';
export { renderGraphJson, graphJson, GRAPH_JSON_VERSION } from './json.js';
export { displayLabel, formatBytes, formatByteDelta, formatDuration } from './labels.js';
