export * from './types.js';
export { parseDockerfile, parseMountOptions, unquote, KNOWN_KEYWORDS, PLATFORM_ARG_DEFAULTS } from './parse.js';
export { expandWord, mapLookup, emptyLookup, referencedVariables, type Expansion, type VariableLookup } from './expand.js';
export { parseImageRef, formatImage, isOfficialImage, type ImageRef } from './image.js';
export { findTarget, reachableFrom, ancestry } from './reach.js';
export { scopeLookup } from './state.js';
export { parseWords, extractFlags, parseExecForm } from './words.js';
export { lineOfArgsOffset } from './lines.js';
