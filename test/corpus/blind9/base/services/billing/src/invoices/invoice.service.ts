// Corpus: blind9, brightgrid billing service, invoices (tsyringe-injected clients)
// Source: unleash-client typings (Unleash.isEnabled(name, context, fallback), getVariant) and @splitsoftware/splitio typings (IClient.getTreatment(key, split, attributes), getTreatments, getTreatmentWithConfig)
import { inject, injectable } from 'tsyringe';
import type { Unleash } from 'unleash-client';
import { SPLIT_CLIENT, UNLEASH } from '../tokens';
import { InvoiceFlag } from '../tariffs/tariff-flags';

export interface InvoiceRequest {
  accountId: string;
  region: 'england' | 'wales' | 'scotland';
  totalPence: number;
}

@injectable()
export class InvoiceService {
  constructor(
    @inject(UNLEASH) private readonly unleash: Unleash,
    @inject(SPLIT_CLIENT) private readonly split: SplitIO.IClient,
  ) {}

  render(request: InvoiceRequest): string {
    const context = { userId: request.accountId, properties: { region: request.region } };
    const pdfV3 = this.unleash.isEnabled(InvoiceFlag.PdfV3, context, () => false);
    const welsh = request.region === 'wales' && this.unleash.isEnabled(InvoiceFlag.Welsh, context);
    const rounding = this.unleash.getVariant('bil-rounding-mode', context);

    const layout = this.split.getTreatment(request.accountId, 'bil_invoice_layout', { region: request.region });
    const paper = this.unleash.isEnabled('bil-paper-invoices', context);
    const marketing = this.split.getTreatments(request.accountId, ['bil_insert_offers', 'bil_insert_survey']);
    const { treatment: qr, config } = this.split.getTreatmentWithConfig(request.accountId, 'bil_payment_qr');

    const inserts = [
      marketing.bil_insert_offers === 'on' ? 'offers' : null,
      marketing['bil_insert_survey'] === 'on' ? 'survey' : null,
    ].filter(Boolean);

    return JSON.stringify({ pdfV3, welsh, paper, rounding: rounding.name, layout, inserts, qr, qrConfig: config });
  }
}
