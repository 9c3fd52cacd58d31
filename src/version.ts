// The package version and the husky range we depend on, injected at build time by esbuild (`define`).
declare const __PROVE_VERSION__: string | undefined;
declare const __PROVE_HUSKY_RANGE__: string | undefined;

export const PROVE_VERSION: string = typeof __PROVE_VERSION__ === 'string' ? __PROVE_VERSION__ : '0.0.0-dev';

/** The semver range of husky in our own `dependencies`; `init` gives the user's project the same. */
export const HUSKY_RANGE: string = typeof __PROVE_HUSKY_RANGE__ === 'string' ? __PROVE_HUSKY_RANGE__ : '^9.1.7';
