// Statsig: gates and experiments. Client SDKs take the name alone; server SDKs take the user
// first (`checkGate(user, 'gate')`).
import { call, type FlagPreset } from './preset.js';

// @statsig/js-client and @statsig/react-bindings: the name alone.
const CLIENT = [
  'checkGate', 'getFeatureGate', 'getExperiment', 'getDynamicConfig', 'getLayer',
  'useGate', 'useGateValue', 'useFeatureGate', 'useExperiment', 'useDynamicConfig', 'useLayer',
  // statsig-react and statsig-react-native (src/useGateWithExposureLoggingDisabled.ts, ...): the
  // legacy hooks, `useConfig` among them (generic below: Wagmi and others export a `useConfig`).
  'useConfig', ...['Gate', 'Config', 'Experiment', 'Layer'].map((t) => `use${t}WithExposureLoggingDisabled`),
];
// statsig-node (`getConfig(user, 'name')`, ...Sync/...Async), @statsig/statsig-node-core
// (`getDynamicConfig(user, 'name')`), Python, Go and Java server SDKs: the user first.
const SERVER = [
  'checkGate', 'checkGateSync', 'checkGateAsync', 'checkGateWithExposureLoggingDisabled', 'getFeatureGate',
  'getExperiment', 'getExperimentSync', 'getExperimentAsync', 'getConfig', 'getConfigSync', 'getConfigAsync',
  'getDynamicConfig', 'getLayer', 'getLayerSync', 'getLayerAsync',
  'check_gate', 'get_feature_gate', 'get_experiment', 'get_config', 'get_dynamic_config', 'get_layer',
  'CheckGate', 'GetGate', 'GetFeatureGate', 'GetExperiment', 'GetConfig', 'GetDynamicConfig', 'GetLayer',
  // statsig-node's variants without an exposure, and its manual exposures (docs.statsig.com/server/nodejsServerSDK).
  'getConfigWithExposureLoggingDisabled', 'getExperimentWithExposureLoggingDisabled', 'getLayerWithExposureLoggingDisabled',
  'manuallyLogGateExposure', 'manuallyLogConfigExposure', 'manuallyLogExperimentExposure', 'manuallyLogLayerParameterExposure',
  // The Go SDK's (github.com/statsig-io/go-sdk statsig.go).
  'CheckGateWithExposureLoggingDisabled', 'GetConfigWithExposureLoggingDisabled', 'GetExperimentWithExposureLoggingDisabled', 'GetLayerWithExposureLoggingDisabled',
  'ManuallyLogGateExposure', 'ManuallyLogConfigExposure', 'ManuallyLogExperimentExposure', 'ManuallyLogLayerParameterExposure',
  // The Java/Kotlin server SDK's (com.statsig.sdk.Statsig): each without an exposure, as Sync and Async.
  ...['checkGate', 'getConfig', 'getExperiment', 'getLayer'].flatMap((t) => [`${t}WithExposureLoggingDisabledSync`, `${t}WithExposureLoggingDisabledAsync`]),
  'getExperimentInLayerForUserAsync',
];

export const statsig: FlagPreset = {
  name: 'statsig',
  title: 'Statsig',
  summary: [
    'JS/TS client: `statsig.checkGate(\'gate\')`, `getExperiment`, `getDynamicConfig`, `getLayer`; Node: `Statsig.checkGate(user, \'gate\')`, `getConfig(user, \'config\')`, `getDynamicConfig(user, \'config\')`, ...`WithExposureLoggingDisabled`, `manuallyLogGateExposure(user, \'gate\')`',
    'React: `useGate(\'gate\')`, `useGateValue`, `useFeatureGate`, `useExperiment`; statsig-react: `useConfig(\'config\')`, `useGateWithExposureLoggingDisabled`, ...',
    'Python: `statsig.check_gate(user, "gate")`, `get_experiment`',
    'Go: `statsig.CheckGate(user, "gate")`, `GetExperiment`; Java: `Statsig.checkGateSync(user, "gate")`, `getExperimentWithExposureLoggingDisabledAsync(user, "experiment")`',
  ],
  patterns: () => [call(CLIENT), call(SERVER, { argIndex: 1 })],
  // Mapbox's `map.getLayer('id')`, `app.get_config(section, "key")`.
  genericMethods: ['getConfig', 'get_config', 'GetConfig', 'getLayer', 'get_layer', 'GetLayer', 'useConfig'],
};
