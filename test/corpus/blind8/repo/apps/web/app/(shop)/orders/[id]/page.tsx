// Corpus: blind8, parcelpoint web, order detail page (server component)
// Source: PostHog Next.js docs (posthog-node in server components: isFeatureEnabled, getFeatureFlag, getFeatureFlagPayload, shutdown)
import { notFound } from 'next/navigation';
import PostHogClient from '../../../posthog';
import { WEB_FLAGS } from '../../../../lib/flag-keys';
import { loadOrder } from '../../../../lib/orders';

type Props = { params: Promise<{ id: string }> };

export default async function OrderPage({ params }: Props) {
  const { id } = await params;
  const order = await loadOrder(id);
  if (!order) notFound();

  const posthog = PostHogClient();
  const timeline = await posthog.isFeatureEnabled(WEB_FLAGS.orderTimeline, order.customerId);
  const chatVariant = await posthog.getFeatureFlag(
    WEB_FLAGS.courierChat,
    order.customerId,
    { personProperties: { tier: order.tier } },
  );
  const reroute = await posthog.getFeatureFlagPayload('web-reroute-offer', order.customerId);
  const photoProof = await posthog.isFeatureEnabled('web-photo-proof', order.customerId, {
    groups: { company: order.accountId },
  });
  await posthog.shutdown();

  return (
    <section>
      <h1>Order {order.number}</h1>
      {timeline && <ol className="timeline">{order.events.map((e) => <li key={e.at}>{e.label}</li>)}</ol>}
      {chatVariant === 'bubble' && <button type="button">Chat with your courier</button>}
      {reroute ? <p>{String((reroute as { text?: string }).text ?? '')}</p> : null}
      {photoProof && order.photoUrl ? <img src={order.photoUrl} alt="Proof of delivery" /> : null}
    </section>
  );
}
