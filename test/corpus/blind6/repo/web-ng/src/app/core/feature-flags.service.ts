// Corpus: blind6, Angular service around the ConfigCat JS SDK and PostHog.
// Source: ConfigCat JavaScript SDK docs (getClient, getValueAsync, getValueDetailsAsync); PostHog JS docs (isFeatureEnabled, onFeatureFlags).
import { Injectable, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { from } from 'rxjs';
import * as configcat from 'configcat-js';
import posthog from 'posthog-js';
import { AuthService } from './auth.service';

@Injectable({ providedIn: 'root' })
export class FeatureFlagsService {
  private readonly auth = inject(AuthService);
  private readonly configCatClient = configcat.getClient('sdk-key-placeholder', configcat.PollingMode.AutoPoll);

  readonly darkMode = toSignal(from(this.configCatClient.getValueAsync('ngDarkMode', false)), { initialValue: false });
  readonly helpWidget = signal(false);

  constructor() {
    posthog.onFeatureFlags(() => {
      this.helpWidget.set(posthog.isFeatureEnabled('ng-help-widget') ?? false);
    });
  }

  async downloadsQuota(): Promise<number> {
    const user = new configcat.User(this.auth.userId());
    const details = await this.configCatClient.getValueDetailsAsync('ngDownloadsQuota', 5, user);
    return details.value;
  }

  isOn(setting: string): Promise<boolean> {
    return this.configCatClient.getValueAsync(setting, false);
  }
}
