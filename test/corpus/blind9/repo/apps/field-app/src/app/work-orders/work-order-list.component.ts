// Corpus: blind9, brightgrid field engineer app, work order list (standalone component, signals)
// Source: @openfeature/angular-sdk (FeatureFlagService.getBooleanDetails, the booleanFeatureFlag directive) and @unleash/proxy-client (UnleashClient.isEnabled, getVariant)
import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { BooleanFeatureFlagDirective, FeatureFlagService } from '@openfeature/angular-sdk';
import { UnleashClient } from '@unleash/proxy-client';
import { LdFlagsService } from '../flags/ld-flags.service';

const unleash = new UnleashClient({
  url: 'https://flags.brightgrid.example/api/frontend',
  clientKey: 'field-app-frontend',
  appName: 'field-app',
});

@Component({
  selector: 'bg-work-order-list',
  standalone: true,
  imports: [BooleanFeatureFlagDirective],
  template: `
    <ul>
      @for (order of visibleOrders(); track order.id) {
        <li>{{ order.address }} · {{ order.slot }}</li>
      }
    </ul>
    <button *booleanFeatureFlag="'field-bulk-close'; default: false" (click)="closeAll()">Close all</button>
  `,
})
export class WorkOrderListComponent {
  private readonly featureFlags = inject(FeatureFlagService);
  private readonly ldFlags = inject(LdFlagsService);
  private readonly orders = signal<{ id: string; address: string; slot: string; priority: number }[]>([]);

  readonly routeOptimiser = toSignal(
    this.featureFlags.getBooleanDetails('field-route-optimiser', false),
  );
  readonly priorityFirst = computed(() => unleash.isEnabled('field_priority_first'));
  readonly visibleOrders = computed(() => {
    const limit = this.ldFlags.maxJobsPerDay();
    const sorted = this.priorityFirst() ? [...this.orders()].sort((a, b) => b.priority - a.priority) : this.orders();
    return sorted.slice(0, limit);
  });

  readonly checklistVariant = computed(() => unleash.getVariant('field_safety_checklist').name);

  closeAll(): void {
    if (this.routeOptimiser()?.value) console.info('optimised close');
    this.orders.set([]);
  }
}
