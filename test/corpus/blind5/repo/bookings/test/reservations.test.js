// Corpus: blind5 (issue 14), a Jest test of the routes: mocks and matchers name keys without evaluating them.
// Source: Jest docs (jest.mock, mockImplementation, toHaveBeenCalledWith, expect.anything).
'use strict';
jest.mock('../src/flags/client', () => ({ client: { variation: jest.fn(), boolVariation: jest.fn() }, contextFor: () => ({}) }));
const { client } = require('../src/flags/client');

describe('POST /reservations', () => {
  it('holds seats when the flag is on', async () => {
    client.variation.mockImplementation(async (key) => key === 'bk-hold-seats');
    await request(app).post('/reservations').send({ seats: ['1A'] });
    expect(client.variation).toHaveBeenCalledWith('bk-hold-seats', expect.anything(), false);
  });
});
