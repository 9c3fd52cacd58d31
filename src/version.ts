// The package version, injected at build time by esbuild (`define`).
declare const __PROVE_VERSION__: string | undefined;

export const PROVE_VERSION: string = typeof __PROVE_VERSION__ === 'string' ? __PROVE_VERSION__ : '0.0.0-dev';
