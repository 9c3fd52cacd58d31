// Corpus: blind8, parcelpoint web, PostHog node client for server components
// Source: PostHog Next.js docs (App Router, PostHogClient helper with flushAt: 1)
import { PostHog } from 'posthog-node';

export default function PostHogClient() {
  const posthogClient = new PostHog(process.env.NEXT_PUBLIC_POSTHOG_KEY!, {
    host: process.env.NEXT_PUBLIC_POSTHOG_HOST,
    flushAt: 1,
    flushInterval: 0,
  });
  return posthogClient;
}
