// Corpus: PostHog React SDK (posthog-js/react), a help dialog whose text holds a backtick and quotes.
// Source: posthog-js, react/dist/types: useFeatureFlagEnabled(flag), useFeatureFlagVariantKey(flag);
// posthog.com/docs/libraries/react.
import React from 'react';
import { useFeatureFlagEnabled, useFeatureFlagVariantKey } from 'posthog-js/react';

function ShortcutRow({ keys, action }: { keys: string; action: string }) {
  return (
    <tr>
      <td>
        <kbd>{keys}</kbd>
      </td>
      <td>{action}</td>
    </tr>
  );
}

export function ShortcutsHelp() {
  const intro = (
    <p>
      Press the ` key to open the command bar. Don't hold Shift: see https://docs.example.com/keys.
    </p>
  );
  const chatEnabled = useFeatureFlagEnabled('chat-widget');
  const layout = useFeatureFlagVariantKey('checkout-layout');

  return (
    <section className={layout === 'compact' ? 'help compact' : 'help'}>
      {intro}
      <table>
        <tbody>
          <ShortcutRow keys="`" action="Open the command bar" />
          <ShortcutRow keys="?" action="Show this help" />
          {chatEnabled ? <ShortcutRow keys="c" action="Open the chat" /> : null}
        </tbody>
      </table>
    </section>
  );
}
