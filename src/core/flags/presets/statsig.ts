// Statsig: gates and experiments. Client SDKs take the name alone; server SDKs take the user
// first (`checkGate(user, 'gate')`).
import { call, type FlagPreset } from './preset.js';

const CLIENT = ['checkGate', 'getFeatureGate', 'getExperiment', 'getDynamicConfig', 'useGate', 'useGateValue', 'useFeatureGate', 'useExperiment', 'useDynamicConfig'];
const SERVER = [
  'checkGate', 'checkGateSync', 'checkGateAsync', 'getFeatureGate', 'getExperiment', 'getExperimentSync', 'getExperimentAsync',
  'check_gate', 'get_feature_gate', 'get_experiment', 'CheckGate', 'GetGate', 'GetExperiment',
];

export const statsig: FlagPreset = {
  name: 'statsig',
  title: 'Statsig',
  summary: [
    'JS/TS client: `statsig.checkGate(\'gate\')`, `getExperiment`, `getDynamicConfig`; Node: `Statsig.checkGate(user, \'gate\')`',
    'React: `useGate(\'gate\')`, `useGateValue`, `useFeatureGate`, `useExperiment`',
    'Python: `statsig.check_gate(user, "gate")`, `get_experiment`',
    'Go: `statsig.CheckGate(user, "gate")`, `GetExperiment`; Java: `Statsig.checkGateSync(user, "gate")`',
  ],
  patterns: () => [call(CLIENT), call(SERVER, { argIndex: 1 })],
};
