// Corpus: blind / web product reviews (Split React SDK)
// Source: @splitsoftware/splitio-react, useSplitTreatments / useTreatment / SplitTreatments (types/useSplitTreatments.d.ts, react-client README)
import React from 'react';
import { SplitTreatments, useSplitTreatments, useTreatment } from '@splitsoftware/splitio-react';

export function ReviewsPanel({ productId }: { productId: string }) {
  const { treatments, isReady } = useSplitTreatments({
    names: ['reviews_photo_upload', 'reviews_sort_by_helpful'],
    attributes: { productId },
  });
  const { treatment: summaryTreatment } = useTreatment({ name: 'reviews_ai_summary' });

  if (!isReady) return <p>Loading reviews…</p>;

  const sortOrder = treatments['reviews_sort_by_helpful'].treatment === 'on' ? 'helpful' : 'recent';

  return (
    <section data-sort={sortOrder}>
      {summaryTreatment === 'on' && <Summary productId={productId} />}
      {treatments.reviews_photo_upload.treatment === 'on' ? <PhotoUpload /> : null}
      <SplitTreatments names={['reviews_translate_button']}>
        {({ treatments: t }) => (t.reviews_translate_button.treatment === 'on' ? <button>Translate</button> : null)}
      </SplitTreatments>
    </section>
  );
}

const Summary = ({ productId }: { productId: string }) => <p data-product={productId} />;
const PhotoUpload = () => <input type="file" accept="image/*" />;
