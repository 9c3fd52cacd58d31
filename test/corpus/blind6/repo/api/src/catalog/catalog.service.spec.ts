// Corpus: blind6, Jest unit test: the LaunchDarkly client is a mock, nothing is evaluated.
// Source: Jest docs (jest.fn, mockResolvedValueOnce, toHaveBeenCalledTimes); LaunchDarkly LDClient type.
import { Test } from '@nestjs/testing';
import type { LDClient } from '@launchdarkly/node-server-sdk';
import { CatalogService } from './catalog.service';
import { LD_CLIENT } from '../flags/flags.module';

describe('CatalogService', () => {
  const ld = {
    variation: jest.fn(),
    boolVariation: jest.fn(),
    stringVariation: jest.fn(async (_key: string, _ctx: unknown, fallback: string) => fallback),
    variationDetail: jest.fn(async () => ({ value: 'static', reason: { kind: 'OFF' } })),
  } as unknown as jest.Mocked<LDClient>;

  let service: CatalogService;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [CatalogService, { provide: LD_CLIENT, useValue: ld }],
    }).compile();
    service = moduleRef.get(CatalogService);
  });

  it('adds the trending row when the flag is on', async () => {
    ld.variation.mockResolvedValueOnce(true);
    ld.boolVariation.mockResolvedValueOnce(false);
    await expect(service.rows('u-1', 'DE')).resolves.toContain('trending');
    expect(ld.variation).toHaveBeenCalledTimes(1);
    expect(ld.boolVariation).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ key: 'u-1' }), false);
  });
});
