// Corpus: blind8, parcelpoint web, help menu
// Source: Flagsmith React docs (useFlags(['a', 'b']) then flags.a.enabled / flags.a.value); Flagsmith JS docs (hasFeature, getValue with fallback)
'use client';

import flagsmith from 'flagsmith';
import { useFlags } from 'flagsmith/react';

export function HelpMenu() {
  const flags = useFlags(['web_help_center', 'web_chatbot_provider']);
  const contactForm = flagsmith.hasFeature('web_contact_form');
  const faqLimit = flagsmith.getValue('web_faq_limit', { fallback: 5 });

  return (
    <nav aria-label="Help">
      {flags.web_help_center.enabled && <a href="/help">Help centre</a>}
      {flags.web_chatbot_provider.enabled ? (
        <button type="button" data-provider={String(flags.web_chatbot_provider.value)}>
          Chat with us
        </button>
      ) : null}
      {contactForm && <a href="/contact">Contact form</a>}
      <span hidden>{faqLimit}</span>
    </nav>
  );
}
