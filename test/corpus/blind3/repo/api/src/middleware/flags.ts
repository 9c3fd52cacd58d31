// Corpus: blind3 api, Express middleware and a service class with an injected LaunchDarkly client.
// Source: @launchdarkly/node-server-sdk, LDClient and LDFlagsState (.d.ts: allFlagsState, getFlagValue, boolVariation, stringVariation).
import type { NextFunction, Request, Response } from 'express';
import type { LDClient, LDContext, LDFlagsState } from '@launchdarkly/node-server-sdk';

declare module 'express-serve-static-core' {
  interface Request {
    flags?: LDFlagsState;
    ldContext?: LDContext;
  }
}

export function flagsMiddleware(ldClient: LDClient) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const context: LDContext = { kind: 'user', key: req.header('x-user-id') ?? 'anon' };
    req.ldContext = context;
    req.flags = await ldClient.allFlagsState(context);
    next();
  };
}

export function requireFlag(key: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.flags?.getFlagValue(key) === true) return next();
    res.status(404).end();
  };
}

export class FlagService {
  constructor(private readonly ld: LDClient) {}

  async bulkRefundsEnabled(context: LDContext): Promise<boolean> {
    return this.ld.boolVariation('bulk-refunds', context, false);
  }

  async refundWindowDays(context: LDContext): Promise<number> {
    return this.ld.numberVariation(
      'refund-window-days',
      context,
      30,
    );
  }

  async exportFormat(context: LDContext): Promise<string> {
    const detail = await this.ld.stringVariationDetail('export-format', context, 'csv');
    return detail.value;
  }

  async legacyInvoices(req: Request): Promise<boolean> {
    return (await this.ld.variation('legacy-invoices', req.ldContext!, false)) as boolean;
  }
}

export function registerRoutes(app: import('express').Express, service: FlagService) {
  app.get('/refunds/bulk', requireFlag('bulk-refunds'), async (req, res) => {
    const sticky = req.flags?.getFlagValue('refunds-sticky-filters');
    res.json({ enabled: await service.bulkRefundsEnabled(req.ldContext!), sticky });
  });
}
