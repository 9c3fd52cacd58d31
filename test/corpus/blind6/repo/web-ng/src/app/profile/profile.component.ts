// Corpus: blind6, Angular standalone component: the template reads the service's signals, the class asks the service.
// Source: Angular docs (standalone components, control flow, inject); the app's FeatureFlagsService.
import { Component, OnInit, inject } from '@angular/core';
import { NgIf } from '@angular/common';
import { FeatureFlagsService } from '../core/feature-flags.service';

@Component({
  selector: 'app-profile',
  standalone: true,
  imports: [NgIf],
  template: `
    <section [class.dark]="flags.darkMode()">
      <app-help *ngIf="flags.helpWidget()"></app-help>
      <p>Downloads left: {{ quota }}</p>
    </section>
  `,
})
export class ProfileComponent implements OnInit {
  readonly flags = inject(FeatureFlagsService);
  quota = 0;
  showParental = false;

  async ngOnInit(): Promise<void> {
    this.quota = await this.flags.downloadsQuota();
    this.showParental = await this.flags.isOn('ngParentalControls');
  }
}
