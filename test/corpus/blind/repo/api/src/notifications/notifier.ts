// Corpus: blind / api notifications (Unleash Node.js SDK)
// Source: unleash-client Unleash.isEnabled(name, context, fallback) / getVariant(name, context) and the top-level isEnabled (docs.getunleash.io/reference/sdks/node, lib/unleash.d.ts)
import { initialize, isEnabled, type Context } from 'unleash-client';
import pino from 'pino';

const logger = pino({ level: 'info' });
const unleash = initialize({ url: 'https://unleash.example.com/api/', appName: 'notifier', customHeaders: { Authorization: process.env.UNLEASH_TOKEN ?? '' } });

export interface Notification {
  userId: string;
  channel: 'email' | 'sms' | 'push';
  template: string;
}

export function send(notification: Notification): void {
  const context: Context = { userId: notification.userId, properties: { channel: notification.channel } };

  if (!unleash.isEnabled('notifications-enabled', context, () => true)) return;

  const quietHours = unleash.isEnabled(
    'notifications-quiet-hours',
    context,
  );
  const templateVariant = unleash.getVariant('notifications-template-redesign', context);
  const smsFallback = isEnabled('notifications-sms-fallback', context);

  const channelToggle = `notifications-${notification.channel}-v2`;
  const channelV2 = unleash.isEnabled(channelToggle, context);

  if (logger.isLevelEnabled('debug')) {
    logger.debug({ quietHours, templateVariant, smsFallback, channelV2 }, 'notification flags');
  }
}
