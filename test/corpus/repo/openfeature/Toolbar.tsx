// Corpus: OpenFeature React SDK.
// Source: @openfeature/react-sdk, dist/types.d.ts: useBooleanFlagValue(flagKey, defaultValue,
// options?), useStringFlagValue, useFlag(flagKey, defaultValue) returning a FlagQuery with `value`.
import React from 'react';
import { useBooleanFlagValue, useFlag, useStringFlagValue } from '@openfeature/react-sdk';

export function Toolbar() {
  const showShare = useBooleanFlagValue('share-button', false);
  const density = useStringFlagValue(
    'toolbar-density',
    'comfortable',
  );
  const { value: cacheWarmup } = useFlag('cache-warmup', false);
  return <div className={density}>{showShare && !cacheWarmup ? <ShareButton /> : null}</div>;
}

function ShareButton() {
  return null;
}
