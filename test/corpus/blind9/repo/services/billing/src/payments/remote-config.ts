// Corpus: blind9, brightgrid billing service, the remote config object (no flag evaluations here)
// Source: a plain typed object the deploy pipeline fills in; its switches are read by loyalty.ts
export interface RemoteConfig {
  readonly [name: string]: boolean | number | string | undefined;
}

export const remoteConfig: RemoteConfig = Object.freeze(JSON.parse(process.env.REMOTE_CONFIG_JSON ?? '{}'));
