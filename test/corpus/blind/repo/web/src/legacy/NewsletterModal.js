// Corpus: blind / web legacy newsletter modal (plain JavaScript with JSX; GrowthBook React SDK)
// Source: @growthbook/growthbook-react useFeature(id) returning { on, off, value } / IfFeatureEnabled (docs.growthbook.io/lib/react)
import React, { useState } from 'react';
import { IfFeatureEnabled, useFeature } from '@growthbook/growthbook-react';

export default function NewsletterModal({ onClose }) {
  const exitIntent = useFeature('newsletter-exit-intent');
  const discount = useFeature('newsletter-signup-discount').value;
  const [open, setOpen] = useState(exitIntent.on);

  if (!open) return null;
  return (
    <div role="dialog">
      <p>Subscribe and save {discount ?? 10}%</p>
      <IfFeatureEnabled feature="newsletter-double-opt-in"><small>Check your inbox to confirm.</small></IfFeatureEnabled>
      <button
        onClick={() => {
          setOpen(false);
          onClose();
        }}
      >
        Close
      </button>
    </div>
  );
}
