// Corpus: environment-variable flags in Node.js and Vite.
// Source: Node.js docs, process.env (an object of the environment's variables); Vite docs,
// "Env Variables and Modes" (import.meta.env); flags named FF_<KEY>, prefix from flags.envPrefix.
const { FF_LEGACY_AUTH, PORT } = process.env;

export function serverOptions(feature: string) {
  const fastExport = process.env.FF_FAST_EXPORT === '1';
  const maintenance = process.env['FF_MAINTENANCE_MODE'] === 'true';
  const custom = process.env[`FF_${feature.toUpperCase()}`];
  const searchV2 =
    import.meta.env.FF_SEARCH_V2 === 'on';
  return { fastExport, maintenance, custom, searchV2, legacyAuth: FF_LEGACY_AUTH === '1', port: Number(PORT ?? 3000) };
}
