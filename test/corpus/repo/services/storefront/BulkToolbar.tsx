// Corpus: storefront service, an admin toolbar typed against its flags (LaunchDarkly React, TypeScript types, withLDConsumer props destructured, an optional call).
// Source: launchdarkly-react-client-sdk lib/index.d.ts (useFlags<T extends LDFlagSet>(): T, withLDConsumer()(Component)
// with `flags` in LDProps, useLDClient(): LDClient | undefined), js-client LDClient.variation(key, defaultValue).
import React from 'react';
import { useFlags, useLDClient, withLDConsumer } from 'launchdarkly-react-client-sdk';

type StoreFlags = { bulkTagging: boolean; bulkPriceEdit: boolean; toolbarDensity: 'compact' | 'cosy' };

export function BulkToolbar({ selected }: { selected: string[] }) {
  const { bulkTagging } = useFlags<StoreFlags>();
  const { toolbarDensity }: StoreFlags = useFlags();
  const ldClient = useLDClient();
  const maxSelection = ldClient?.variation?.('toolbar-max-selection', 100) as number;
  return (
    <div className={toolbarDensity}>
      {bulkTagging && selected.length <= maxSelection ? <button>Tag</button> : null}
      <PriceButton count={selected.length} />
    </div>
  );
}

function PriceButtonBase({ flags: { bulkPriceEdit }, count }: { flags: StoreFlags; count: number }) {
  return bulkPriceEdit ? <button>Edit {count} prices</button> : null;
}

const PriceButton = withLDConsumer()(PriceButtonBase);
