// Corpus: blind7, api service: transactional mail; mostly look-alikes (i18n, analytics, config, logging).
// Source: @openfeature/server-sdk docs (getStringValue with an evaluation context), i18next and segment docs for the look-alikes.
import i18next from 'i18next';
import Analytics from '@segment/analytics-node';
import convict from 'convict';
import { OpenFeature } from '@openfeature/server-sdk';
import { logger } from '../logging';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY! });
const settings = convict({ mail: { from: { default: 'hello@tripwise.example', format: String } } });
const t = i18next.t.bind(i18next);

export interface Mail {
  to: string;
  subject: string;
  html: string;
}

export async function bookingConfirmation(customerId: string, email: string, bookingId: string, locale: string): Promise<Mail> {
  await i18next.changeLanguage(locale);
  const subject = t('mail.booking-confirmation.subject', { bookingId });
  analytics.track({ userId: customerId, event: 'mail-booking-confirmation', properties: { bookingId } });
  logger.info('sending mail-booking-confirmation', { customerId });

  const client = OpenFeature.getClient('mailer');
  const template = await client.getStringValue(
    'ml-confirmation-template',
    'classic',
    { targetingKey: customerId, locale },
  );
  const footer = t(`mail.footer.${template}`);
  return {
    to: email,
    subject,
    html: `<h1>${subject}</h1><p>${t('mail.booking-confirmation.body')}</p><footer>${footer}</footer>`,
  };
}

export function sender(): string {
  // not a flag: convict's settings.get reads the config file
  return settings.get('mail.from');
}

export function isFeatureEnabledForLogs(level: string): boolean {
  return logger.isLevelEnabled(level);
}

export async function digest(customerId: string, email: string): Promise<Mail | null> {
  const client = OpenFeature.getClient('mailer');
  const weekly = await client.getBooleanValue('ml-weekly-digest', false, { targetingKey: customerId });
  if (!weekly) {
    logger.debug(`ml-weekly-digest off for ${customerId}`);
    return null;
  }
  analytics.track({ userId: customerId, event: 'ml-weekly-digest-sent' });
  return { to: email, subject: t('mail.digest.subject'), html: t('mail.digest.body') };
}
