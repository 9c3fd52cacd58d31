// Corpus: blind6, the app's own hook over PostHog React Native: every key here is the caller's.
// Source: PostHog React Native docs (useFeatureFlag, useFeatureFlagWithPayload).
import { useFeatureFlag } from 'posthog-react-native';

export function useRemoteFlag(name: string): boolean {
  const value = useFeatureFlag(name);
  return value === true || value === 'test';
}
