// Corpus: ConfigCat React SDK.
// Source: configcat-react, lib/esm/FeatureFlagHooks.d.ts: useFeatureFlag(key, defaultValue, user?)
// returning { value, loading }; configcat.com/docs/sdk-reference/react.
import React from 'react';
import { useFeatureFlag } from 'configcat-react';

export function ReportsPage() {
  const { value: newReports, loading } = useFeatureFlag('enableNewReports', false);
  const { value: darkReports } = useFeatureFlag(
    'enableDarkReports',
    false,
  );
  if (loading) {
    return <p>Loading…</p>;
  }
  return <Reports modern={newReports} dark={darkReports} />;
}

function Reports(props: { modern: boolean; dark: boolean }) {
  return props.modern ? null : null;
}
