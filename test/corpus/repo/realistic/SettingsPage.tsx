// Corpus: a React settings page (TSX) using several SDKs' hooks and components, hooks with options objects, JSX attributes on their own line, destructured and renamed results.
// Source: launchdarkly-react-client-sdk (useFlags(): LDFlagSet with camelCased keys, useLDClient():
// LDClient | undefined, LDClient.variation(key, defaultValue)); @openfeature/react-sdk
// (useBooleanFlagValue(flagKey, defaultValue, options?), useFlag(flagKey, defaultValue, options?)
// returning { value, ... }); @statsig/react-bindings (useGateValue(gateName, options?),
// useExperiment(experimentName, options?)); @growthbook/growthbook-react (useFeatureIsOn(id),
// useFeatureValue(id, fallback), <IfFeatureEnabled feature>); posthog-js/react
// (useFeatureFlagVariantKey(flag), <PostHogFeature flag match>); @unleash/proxy-client-react
// (useFlag(name), useUnleashClient() then isEnabled(name)).
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { useBooleanFlagValue, useFlag as useOpenFeatureFlag } from '@openfeature/react-sdk';
import { useExperiment, useGateValue } from '@statsig/react-bindings';
import { IfFeatureEnabled, useFeatureIsOn, useFeatureValue } from '@growthbook/growthbook-react';
import { PostHogFeature, useFeatureFlagVariantKey } from 'posthog-js/react';
import { useFlag, useUnleashClient } from '@unleash/proxy-client-react';
import { BillingPortal, Header, Layout, NewHeader, Webhooks } from './components';

const SETTINGS_FLAGS = {
  API_TOKENS: 'settings-api-tokens',
} as const;

export function SettingsPage({ extraFlag }: { extraFlag: string }) {
  const { settingsRedesign, betaBadge: showBeta } = useFlags();
  const ldClient = useLDClient();
  const compact = ldClient?.variation('settings-compact-mode', false);
  const darkMode = useBooleanFlagValue('settings-dark-mode', false, {
    updateOnContextChanged: true,
  });
  const { value: fontScale } = useOpenFeatureFlag('settings-font-scale', 1);
  const auditLog = useGateValue('settings_audit_log', { disableExposureLog: true });
  const { experiment } = useExperiment('settings_layout_test');
  const exportOn = useFeatureIsOn('settings-export');
  const maxKeys = useFeatureValue('settings-max-api-keys', 3);
  const ssoVariant = useFeatureFlagVariantKey('settings-sso-variant');
  const unleash = useUnleashClient();
  const legacyTabs = unleash.isEnabled('settings-legacy-tabs');
  const notifications = useFlag('settings-notifications');
  return (
    <Layout compact={compact} dark={darkMode} scale={fontScale} audit={auditLog} keys={maxKeys}>
      {settingsRedesign ? <NewHeader beta={showBeta} variant={ssoVariant} /> : <Header legacy={legacyTabs} />}
      {exportOn && notifications && <span>{experiment.groupName}</span>}
      <IfFeatureEnabled
        feature="settings-webhooks"
      >
        <Webhooks />
      </IfFeatureEnabled>
      <IfFeatureEnabled feature={SETTINGS_FLAGS.API_TOKENS}>
        <Webhooks />
      </IfFeatureEnabled>
      <IfFeatureEnabled feature={extraFlag}>
        <Webhooks />
      </IfFeatureEnabled>
      <PostHogFeature
        flag="settings-billing-portal"
        match={true}
      >
        <BillingPortal />
      </PostHogFeature>
    </Layout>
  );
}
