// Corpus: blind9, brightgrid billing service, invoice tests with mocked clients
// Source: vitest (vi.fn, mockReturnValue, toHaveBeenCalledWith) and unleash-client typings (the mocked Unleash interface)
import { describe, expect, it, vi } from 'vitest';
import { InvoiceService } from '../src/invoices/invoice.service';

function mockClients() {
  const unleash = { isEnabled: vi.fn().mockReturnValue(true), getVariant: vi.fn().mockReturnValue({ name: 'bankers', enabled: true }) };
  const split = {
    getTreatment: vi.fn().mockReturnValue('compact'),
    getTreatments: vi.fn().mockReturnValue({}),
    getTreatmentWithConfig: vi.fn().mockReturnValue({ treatment: 'off', config: null }),
  };
  return { unleash, split };
}

describe('InvoiceService', () => {
  it('asks for the Welsh invoice only in Wales', () => {
    const { unleash, split } = mockClients();
    const service = new InvoiceService(unleash as never, split as never);
    service.render({ accountId: 'A-9', region: 'england', totalPence: 1200 });
    expect(unleash.isEnabled).not.toHaveBeenCalledWith('bil-invoice-welsh', expect.anything());
  });

  it('renders the compact layout', () => {
    const { unleash, split } = mockClients();
    const output = new InvoiceService(unleash as never, split as never).render({ accountId: 'A-1', region: 'wales', totalPence: 10 });
    expect(JSON.parse(output).layout).toBe('compact');
  });
});
