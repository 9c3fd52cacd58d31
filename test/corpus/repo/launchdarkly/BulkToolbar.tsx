// Corpus: LaunchDarkly React Web SDK, the higher-order component.
// Source: launchdarkly-react-client-sdk, lib/index.d.ts: withLDConsumer(options) returns a HOC that
// injects LDProps { flags, ldClient }; flags keys are camelCased (lodash.camelcase).
import React from 'react';
import { withLDConsumer, type LDProps } from 'launchdarkly-react-client-sdk';
import { Toolbar, type Row } from './toolbar';

type Props = LDProps & { rows: Row[] };

function BulkToolbar({ flags, rows }: Props) {
  if (!flags?.bulkEdit) {
    return null;
  }
  return (
    <Toolbar
      rows={rows}
      compact={flags.compactToolbar}
    />
  );
}

export default withLDConsumer()(BulkToolbar);
