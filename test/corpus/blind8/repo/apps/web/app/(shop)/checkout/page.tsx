// Corpus: blind8, parcelpoint web, checkout page as a React Server Component
// Source: LaunchDarkly Node.js server SDK docs (variation, boolVariation, variationDetail); Next.js App Router docs
import { cookies } from 'next/headers';
import { CHECKOUT_FLAGS } from '@/lib/flag-keys';
import { getServerLd, serverFlag, shopperContext } from '@/lib/ld-server';
import { EtaWidget } from '@/components/EtaWidget';
import { DeliverySlots } from '@/components/DeliverySlots';

export const dynamic = 'force-dynamic';

export default async function CheckoutPage() {
  const jar = await cookies();
  const context = shopperContext(jar.get('uid')?.value ?? 'anonymous', jar.get('country')?.value ?? 'NL');
  const ldClient = await getServerLd();

  const showEta = await ldClient.variation(CHECKOUT_FLAGS.etaWidget, context, false);
  const splitDelivery = await ldClient.boolVariation(
    CHECKOUT_FLAGS.splitDelivery,
    context,
    false,
  );
  const insuranceCopy = await ldClient.stringVariation(
    'web-insurance-copy',
    { kind: 'user', key: context.key, anonymous: context.key === 'anonymous' },
    'standard',
  );
  const { value: giftNote, reason } = await ldClient.boolVariationDetail(CHECKOUT_FLAGS.giftNote, context, false);
  // Gift notes are free until the holiday season: 'web-gift-note' owns that.
  const banner = await serverFlag<string>('web-holiday-banner', context, '');

  return (
    <main data-reason={reason.kind}>
      {showEta && <EtaWidget />}
      <DeliverySlots split={splitDelivery} />
      {giftNote ? <textarea name="gift-note" /> : null}
      <p className="insurance">{insuranceCopy}</p>
      {banner !== '' && <aside>{banner}</aside>}
    </main>
  );
}
