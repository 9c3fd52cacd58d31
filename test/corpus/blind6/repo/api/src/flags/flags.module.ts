// Corpus: blind6 (streaming service), NestJS module providing the flag clients.
// Source: LaunchDarkly Node server SDK docs (init, waitForInitialization); Unleash node SDK docs (initialize); OpenFeature NestJS SDK docs.
import { Global, Module } from '@nestjs/common';
import * as LaunchDarkly from '@launchdarkly/node-server-sdk';
import { initialize } from 'unleash-client';
import { OpenFeatureModule } from '@openfeature/nestjs-sdk';

export const LD_CLIENT = Symbol('LD_CLIENT');
export const UNLEASH = Symbol('UNLEASH');

@Global()
@Module({
  imports: [OpenFeatureModule.forRoot({ contextFactory: (req) => ({ targetingKey: req.headers['x-user'] }) })],
  providers: [
    {
      provide: LD_CLIENT,
      useFactory: async () => {
        const client = LaunchDarkly.init(process.env.LD_SDK_KEY ?? '', {
          stream: process.env.FF_LD_STREAMING !== 'off',
        });
        await client.waitForInitialization({ timeout: 10 });
        return client;
      },
    },
    {
      provide: UNLEASH,
      useFactory: () =>
        initialize({
          url: process.env.UNLEASH_URL ?? 'http://unleash:4242/api',
          appName: 'catalog',
          refreshInterval: Number(process.env.FF_UNLEASH_REFRESH_MS ?? 15000),
        }),
    },
  ],
  exports: [LD_CLIENT, UNLEASH],
})
export class FlagsModule {}
