// Corpus: Statsig React bindings.
// Source: @statsig/react-bindings, src/index.d.ts: useGateValue(gateName, options?),
// useDynamicConfig(configName, options?), useExperiment(experimentName, options?), useFeatureGate.
import React from 'react';
import { useDynamicConfig, useExperiment, useGateValue } from '@statsig/react-bindings';

export function Homepage() {
  const newHomepage = useGateValue('new_homepage');
  const hero = useDynamicConfig(
    'hero_config',
  );
  const experiment = useExperiment('price_experiment');
  return (
    <Hero
      modern={newHomepage}
      title={hero.get('title', 'Welcome')}
      price={experiment.get('price', 10)}
    />
  );
}

function Hero(props: { modern: boolean; title: string; price: number }) {
  return props.modern ? null : null;
}
