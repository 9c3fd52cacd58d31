// Corpus: blind9, brightgrid field engineer app (Angular 17, signals)
// Source: launchdarkly-js-client-sdk typings (initialize, LDClient.variation, waitForInitialization, on('change:<key>')) and @angular/core signals
import { Injectable, computed, signal } from '@angular/core';
import { initialize, type LDClient } from 'launchdarkly-js-client-sdk';
import { environment } from '../../environments/environment';

@Injectable({ providedIn: 'root' })
export class LdFlagsService {
  private readonly ldClient: LDClient = initialize(environment.ldClientSideId, {
    kind: 'user',
    key: environment.engineerId,
  });

  readonly offlineSync = signal<boolean>(false);
  readonly mapProvider = signal<string>('osm');
  readonly maxJobsPerDay = computed(() => this.ldClient.variation('field-max-jobs-per-day', 8) as number);

  async start(): Promise<void> {
    await this.ldClient.waitForInitialization(5);
    this.offlineSync.set(this.ldClient.variation('field-offline-sync', false));
    this.mapProvider.set(
      this.ldClient.variation(
        'field-map-provider',
        'osm',
      ),
    );
    this.ldClient.on('change:field-offline-sync', (current: boolean) => this.offlineSync.set(current));
  }

  /** For the debug drawer: any flag by name. */
  valueOf(flagKey: string): unknown {
    return this.ldClient.variation(flagKey, null);
  }
}
