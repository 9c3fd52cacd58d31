// Corpus: blind9, brightgrid billing service, the flag keys of the tariff engine
// Source: TypeScript const assertions (as const) and string enums; the keys are evaluated by tariff.effects.ts and invoice.service.ts
export const TARIFF_FLAGS = {
  seasonalRates: 'bil-seasonal-rates',
  standingChargeSplit: 'bil-standing-charge-split',
  carbonLevy: 'bil-carbon-levy',
} as const;

export enum InvoiceFlag {
  PdfV3 = 'bil-invoice-pdf-v3',
  Welsh = 'bil-invoice-welsh',
}
