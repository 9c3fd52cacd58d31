// Corpus: blind7, api service: server-side GrowthBook evaluation per request.
// Source: @growthbook/growthbook JS SDK docs (isOn, isOff, getFeatureValue<T>, evalFeature, FeatureResult.source).
import type { Request, Response, NextFunction } from 'express';
import { GrowthBook, type FeatureResult } from '@growthbook/growthbook';
import { createGrowthBook } from '../flags/clients';
import { logger } from '../logging';

declare module 'express-serve-static-core' {
  interface Request {
    growthbook?: GrowthBook;
  }
}

// Features defined inline for local development; these define flags, they evaluate none.
export const LOCAL_FEATURES = {
  'gb-hero-video': { defaultValue: false },
  'gb-map-style': { defaultValue: 'streets' },
};

export async function growthbookMiddleware(req: Request, res: Response, next: NextFunction): Promise<void> {
  const gb = createGrowthBook({ id: req.cookies?.visitor_id, url: req.originalUrl, country: req.get('cf-ipcountry') });
  try {
    await gb.init({ timeout: 1500 });
  } catch (error) {
    logger.warn('growthbook init timed out', { error });
  }
  req.growthbook = gb;
  res.on('finish', () => gb.destroy());
  next();
}

export function landingSettings(req: Request): { heroVideo: boolean; mapStyle: string; columns: number } {
  const gb = req.growthbook!;
  const heroVideo = gb.isOn('gb-hero-video');
  const mapStyle = gb.getFeatureValue<'streets' | 'satellite' | 'terrain'>('gb-map-style', 'streets');
  const columns = gb.getFeatureValue('gb-grid-columns', 3);
  return { heroVideo, mapStyle, columns };
}

export function pricingTable(req: Request): string {
  const result: FeatureResult<string | null> = req.growthbook!.evalFeature<string>(
    'gb-pricing-table-copy',
  );
  if (result.source === 'unknownFeature') logger.warn('missing gb-pricing-table-copy');
  return result.value ?? 'default';
}

export function legacyCheckout(req: Request): boolean {
  return req.growthbook?.isOff('gb-new-checkout-flow') ?? true;
}
