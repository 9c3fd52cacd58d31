// Corpus: blind9, brightgrid billing service, notifications (InversifyJS container)
// Source: inversify (injectable, inject, Container.bind) and @launchdarkly/node-server-sdk LDClient typings (variation, stringVariation, variationDetail)
import { inject, injectable } from 'inversify';
import type { LDClient, LDContext } from '@launchdarkly/node-server-sdk';

export const TYPES = {
  FeatureClient: Symbol.for('FeatureClient'),
  Mailer: Symbol.for('Mailer'),
} as const;

interface Mailer {
  send(to: string, template: string): Promise<void>;
}

@injectable()
export class BillNotifier {
  constructor(
    @inject(TYPES.FeatureClient) private readonly features: LDClient,
    @inject(TYPES.Mailer) private readonly mailer: Mailer,
  ) {}

  async billReady(accountId: string, email: string): Promise<void> {
    const context: LDContext = { kind: 'account', key: accountId };
    const sms = await this.features.variation('bil-bill-ready-sms', context, false);
    const template = await this.features.stringVariation(
      'bil-bill-email-template',
      context,
      'classic',
    );
    const { value: pushOn } = await this.features.variationDetail('bil-push-notifications', context, false);
    await this.mailer.send(email, template);
    if (sms || pushOn) console.info('extra channels for', accountId);
  }
}
