// Corpus: blind6, React Native settings: the app's wrapper hook and DevCycle React Native.
// Source: DevCycle React Native SDK docs (useVariableValue, useDevCycleClient).
import React from 'react';
import { Switch, Text, View } from 'react-native';
import { useDevCycleClient, useVariableValue } from '@devcycle/react-native-client-sdk';
import { useRemoteFlag } from '../hooks/useRemoteFlag';

export function SettingsScreen() {
  const haptics = useVariableValue('rn-haptic-feedback', false);
  const devcycle = useDevCycleClient();
  const reduceData = useRemoteFlag('rn-reduce-data');
  const qualityLabel = devcycle.variableValue('rn-quality-label', 'Auto');
  return (
    <View>
      <Text>Quality: {qualityLabel}</Text>
      {haptics && <Switch value={reduceData} />}
    </View>
  );
}
