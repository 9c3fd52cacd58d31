// Corpus: Unleash React SDK (@unleash/proxy-client-react).
// Source: @unleash/proxy-client-react, dist/index.d.ts: useFlag(name): boolean, useVariant(name):
// IVariant; docs.getunleash.io React SDK reference.
import React from 'react';
import { useFlag, useVariant } from '@unleash/proxy-client-react';

export function ExportButton({ onExport }: { onExport: (format: string) => void }) {
  const csvEnabled = useFlag('export-csv');
  const variant = useVariant(
    'export-button-style',
  );
  const xlsx = useFlag('export-xlsx');

  return (
    <button className={variant.name} disabled={!csvEnabled} onClick={() => onExport(xlsx ? 'xlsx' : 'csv')}>
      Export
    </button>
  );
}
