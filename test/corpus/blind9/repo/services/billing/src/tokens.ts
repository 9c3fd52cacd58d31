// Corpus: blind9, brightgrid billing service, DI tokens and container wiring (tsyringe)
// Source: tsyringe (container.register, useValue, InjectionToken) and unleash-client (initialize), @splitsoftware/splitio (SplitFactory)
import { container, type InjectionToken } from 'tsyringe';
import { initialize, type Unleash } from 'unleash-client';
import { SplitFactory } from '@splitsoftware/splitio';

export const UNLEASH: InjectionToken<Unleash> = Symbol('Unleash');
export const SPLIT_CLIENT: InjectionToken<SplitIO.IClient> = Symbol('SplitClient');

export function registerFlagClients(): void {
  container.register(UNLEASH, {
    useValue: initialize({ url: process.env.UNLEASH_URL!, appName: 'billing', customHeaders: { Authorization: process.env.UNLEASH_TOKEN! } }),
  });
  container.register(SPLIT_CLIENT, {
    useValue: SplitFactory({ core: { authorizationKey: process.env.SPLIT_SDK_KEY! } }).client(),
  });
}
