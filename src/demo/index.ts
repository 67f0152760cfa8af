export { compareVersions, type Comparison, type DemoExample, type DemoSize, type DemoVersion, type RuleFindings } from './compare.js';
export { renderDemoJson, renderDemoText, plainPaint, type DemoStyle, type Paint } from './render.js';
