// Corpus: blind6, NestJS controller with OpenFeature parameter decorators.
// Source: OpenFeature NestJS SDK README (BooleanFeatureFlag, StringFeatureFlag, OpenFeatureClient decorators).
import { Controller, Get } from '@nestjs/common';
import { BooleanFeatureFlag, NumberFeatureFlag, OpenFeatureClient, StringFeatureFlag } from '@openfeature/nestjs-sdk';
import type { Client, EvaluationDetails } from '@openfeature/server-sdk';
import { map, type Observable } from 'rxjs';

@Controller('catalog')
export class CatalogController {
  @Get('layout')
  layout(
    @BooleanFeatureFlag({ flagKey: 'cat-compact-layout', defaultValue: false })
    compact: Observable<EvaluationDetails<boolean>>,
    @StringFeatureFlag({
      flagKey: 'cat-theme',
      defaultValue: 'dark',
    })
    theme: Observable<EvaluationDetails<string>>,
  ) {
    return compact.pipe(map((detail) => ({ compact: detail.value, theme })));
  }

  @Get('page-size')
  pageSize(@NumberFeatureFlag({ flagKey: 'cat-page-size', defaultValue: 24 }) size: Observable<EvaluationDetails<number>>) {
    return size;
  }

  @Get('preview')
  async preview(@OpenFeatureClient({ domain: 'catalog' }) client: Client) {
    const autoplay = await client.getBooleanValue('cat-preview-autoplay', false);
    const details = await client.getNumberDetails('cat-preview-seconds', 30);
    return { autoplay, seconds: details.value };
  }
}
