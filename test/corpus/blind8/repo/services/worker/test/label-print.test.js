// Corpus: blind8, parcelpoint worker, label printing tests
// Source: Jest docs (jest.mock with a factory, jest.fn, mockImplementation)
'use strict';

jest.mock('unleash-client', () => ({
  initialize: jest.fn(() => ({ on: jest.fn(), isEnabled: jest.fn(() => false) })),
  isEnabled: jest.fn((name) => name === 'wrk-label-batching'),
  getVariant: jest.fn(() => ({ name: 'zpl', enabled: true, payload: { type: 'string', value: '^XA' } })),
}));

const { isEnabled } = require('unleash-client');

describe('printLabel', () => {
  it('batches labels when the toggle is on', async () => {
    const { printLabel } = require('../src/jobs/label-print');
    const result = await printLabel({ data: { site: 'ams', parcelId: 'p-1', carrier: 'own' } });
    expect(result.batched).toBe(true);
    expect(isEnabled).toHaveBeenCalledWith('wrk-label-batching', expect.any(Object));
  });
});
