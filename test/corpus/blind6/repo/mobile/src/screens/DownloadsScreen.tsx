// Corpus: blind6, React Native screen with Statsig, ConfigCat and PostHog React hooks.
// Source: Statsig React Native docs (useGateValue, useStatsigClient, useDynamicConfig); ConfigCat React SDK (useFeatureFlag); PostHog React Native docs.
import React from 'react';
import { FlatList, Text, View } from 'react-native';
import { useDynamicConfig, useGateValue, useStatsigClient } from '@statsig/expo-bindings';
import { useFeatureFlag } from 'configcat-react';
import { PostHogFeature, usePostHog } from 'posthog-react-native';

export function DownloadsScreen({ items }: { items: { id: string; title: string }[] }) {
  const offline = useGateValue('rn_offline_downloads');
  const { client } = useStatsigClient();
  const limits = useDynamicConfig('rn_download_limits');
  const { value: cellular, loading } = useFeatureFlag('rnCellularDownloads', false);
  const posthog = usePostHog();

  const onLongPress = (id: string) => {
    if (client.checkGate('rn_smart_delete')) posthog.capture('smart_delete_offered', { id });
  };

  if (!offline || loading) return <Text>Downloads are not available</Text>;
  return (
    <View>
      <PostHogFeature
        flag="rn-storage-banner"
        match="visible"
      >
        <Text>Storage is almost full</Text>
      </PostHogFeature>
      <FlatList
        data={items.slice(0, limits.value.max_items as number)}
        renderItem={({ item }) => <Text onLongPress={() => onLongPress(item.id)}>{item.title}{cellular ? ' (cellular)' : ''}</Text>}
      />
    </View>
  );
}
