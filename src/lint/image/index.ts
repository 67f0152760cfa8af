/**
 * What the image a Dockerfile builds is: the app gate (is it a production app?), what ships (the
 * stages its filesystem is made of, what each COPY brings in), and what was built where (build steps,
 * toolchains, dependency installs, development dependencies). Pure functions over the model, shared by the multi-stage rules.
 */
export * from './builds.js';
export * from './chain.js';
export * from './copies.js';
export * from './dev-dependencies.js';
export * from './development.js';
export * from './gate.js';
export * from './packages.js';
export * from './toolchain-images.js';
