// Corpus: blind4 / orders-api (round 2): a class whose arrow-function fields call the SDK, and keys mapped over.
// Source: @openfeature/server-sdk (Client.getBooleanValue, getStringDetails), unleash-client (isEnabled).
import { OpenFeature, type Client } from '@openfeature/server-sdk';
import { initialize } from 'unleash-client';

export class FeatureGate {
  private readonly client: Client = OpenFeature.getClient();
  private readonly toggles = initialize({ url: 'http://unleash', appName: 'orders' });

  isOn = (key: string): Promise<boolean> => this.client.getBooleanValue(key, false);

  readonly returnsPortal = () => this.toggles.isEnabled('ord.returns-portal');

  async snapshot(keys: readonly string[]): Promise<boolean[]> {
    return Promise.all(keys.map((key) => this.client.getBooleanValue(key, false)));
  }

  async copy(): Promise<string> {
    const { value } = await this.client.getStringDetails(
      'ord-confirmation-copy',
      'Thanks!',
      { targetingKey: 'system' },
    );
    return value;
  }
}
