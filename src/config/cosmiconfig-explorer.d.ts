// The type of cosmiconfig's Explorer class, which its package builds but does not declare. We
// construct it directly: cosmiconfig()'s constructor first looks for a "meta config" in the
// working folder (package.json's `cosmiconfig` key, .config/config.{json,yaml,js,ts,...}), which
// parses package.json and RUNS a committed .config/config.js (load-config.ts says more).
declare module 'cosmiconfig/dist/Explorer.js' {
  import type { CosmiconfigResult, Loaders } from 'cosmiconfig';

  export interface ExplorerOptions {
    readonly moduleName: string;
    readonly packageProp: string;
    readonly searchPlaces: readonly string[];
    readonly ignoreEmptySearchPlaces: boolean;
    readonly cache: boolean;
    readonly transform: (result: CosmiconfigResult) => CosmiconfigResult;
    readonly loaders: Loaders;
    readonly metaConfigFilePath: null;
    readonly mergeImportArrays: boolean;
    readonly mergeSearchPlaces: boolean;
    readonly searchStrategy: 'none';
  }

  export class Explorer {
    constructor(options: ExplorerOptions);
    load(filePath: string): Promise<CosmiconfigResult>;
  }
}
