// DevCycle: variables by key. Client SDKs take the key first (`variable('key', default)`,
// React `useVariableValue`); server SDKs take the user first (Node, Python, Go, Java).
import { call, type FlagPreset } from './preset.js';

// @devcycle/js-client-sdk, @devcycle/react-client-sdk, @devcycle/openfeature ... : key first.
const CLIENT = ['variable', 'variableValue', 'useVariable', 'useVariableValue'];
// @devcycle/nodejs-server-sdk, devcycle-python-server-sdk, go-server-sdk, java-server-sdk: user first.
const SERVER = ['variable', 'variableValue', 'variable_value', 'Variable', 'VariableValue'];

export const devcycle: FlagPreset = {
  name: 'devcycle',
  title: 'DevCycle',
  summary: [
    'JS/TS client: `devcycleClient.variable(\'key\', default)`, `variableValue(\'key\', default)`; Node: `variableValue(user, \'key\', default)`',
    'React: `useVariableValue(\'key\', default)`, `useVariable(\'key\', default)`',
    'Python: `client.variable_value(user, "key", default)`, `variable(user, "key", default)`',
    'Go: `client.Variable(user, "key", default)`, `VariableValue`; Java: `client.variableValue(user, "key", default)`',
  ],
  patterns: () => [call(CLIENT), call(SERVER, { argIndex: 1 })],
  // `scope.variable('x')`, TensorFlow's `tf.Variable(init, name=...)`.
  genericMethods: ['variable', 'Variable'],
  resultObjects: [
    // `const variables = devcycleClient.allVariables()` then `variables['key']`.
    { methods: ['allVariables', 'all_variables', 'AllVariables'], keyForm: 'exact' },
  ],
};
