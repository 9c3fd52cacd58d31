// Corpus: an analytics panel (React, TSX).
// Source: @statsig/react-bindings (useStatsigClient() returning { client }, StatsigClient
// .checkGate(name, options?), getExperiment(name), getDynamicConfig(name), getLayer(name));
// @splitsoftware/splitio-react (useSplitTreatments({ names, attributes }) returning { treatments,
// isReady }); configcat-react (useFeatureFlag(key, defaultValue, user?) returning { value, loading
// }); @devcycle/react-client-sdk (useVariableValue(key, defaultValue)).
// Also: the Statsig client from its hook, Split's React hook with an options object and a later
// read of the result, ConfigCat's and DevCycle's hooks.
import { useStatsigClient } from '@statsig/react-bindings';
import { useSplitTreatments } from '@splitsoftware/splitio-react';
import { useFeatureFlag } from 'configcat-react';
import { useVariableValue } from '@devcycle/react-client-sdk';
import { Chart, Spinner } from './components';

export function AnalyticsPanel({ plan }: { plan: string }) {
  const { client } = useStatsigClient();
  const realtime = client.checkGate('analytics_realtime');
  const chartStyle = client.getExperiment('analytics_chart_style').get('style', 'bar');
  const limits = client.getDynamicConfig('analytics_limits');
  const layer = client.getLayer('analytics_home_layer');
  const { treatments, isReady } = useSplitTreatments({
    names: ['analytics_export_csv', 'analytics_share_links'],
    attributes: { plan },
  });
  const csv = treatments.analytics_export_csv.treatment === 'on';
  const { value: cohortView, loading } = useFeatureFlag('analyticsCohortView', false);
  const funnels = useVariableValue('analytics-funnels', false);
  if (!isReady || loading) return <Spinner />;
  return (
    <Chart
      realtime={realtime}
      style={chartStyle}
      max={limits.get('max_rows', 1000)}
      layer={layer.get('hero', 'default')}
      csv={csv}
      cohorts={cohortView}
      funnels={funnels}
    />
  );
}
