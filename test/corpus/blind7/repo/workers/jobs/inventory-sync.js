// Corpus: blind7, workers: nightly inventory sync (ES modules), Split Node SDK with attributes and Statsig server SDK.
// Source: @splitsoftware/splitio Node docs (getTreatments(key, names, attributes), getTreatmentWithConfig), statsig-node (checkGate, getExperiment).
import { SplitFactory } from '@splitsoftware/splitio';
import Statsig from 'statsig-node';
import pLimit from 'p-limit';
import { fetchSupplierInventory, upsertRooms } from '../inventory.js';
import log from '../log.js';

const factory = SplitFactory({ core: { authorizationKey: process.env.SPLIT_KEY } });
const splitClient = factory.client();
const limit = pLimit(Number(process.env.FF_WK_SYNC_CONCURRENCY ?? 4));

export async function syncAll(suppliers) {
  await Promise.all([splitClient.ready(), Statsig.initialize(process.env.STATSIG_SERVER_SECRET)]);
  const results = await Promise.allSettled(suppliers.map((supplier) => limit(() => syncSupplier(supplier))));
  const failed = results.filter((result) => result.status === 'rejected');
  if (failed.length > 0) log.warn(`${failed.length} suppliers failed to sync`);
  await Statsig.shutdown();
}

async function syncSupplier(supplier) {
  const attributes = { region: supplier.region, tier: supplier.tier, rooms: supplier.roomCount };
  const treatments = splitClient.getTreatments(supplier.id, ['inv_delta_sync', 'inv_photo_refresh'], attributes);
  const pricing = splitClient.getTreatmentWithConfig(supplier.id, 'inv_rate_parity_check', attributes);

  const inventory = await fetchSupplierInventory(supplier, {
    delta: treatments.inv_delta_sync === 'on',
    photos: treatments.inv_photo_refresh === 'on',
  });

  const user = { userID: supplier.id, custom: { region: supplier.region } };
  const strictValidation = await Statsig.checkGate(user, 'inv_strict_validation');
  const batching = await Statsig.getExperiment(user, 'inv_batch_size_test');
  const batchSize = batching.get('size', 200);

  const parity = pricing.treatment === 'on' ? JSON.parse(pricing.config ?? '{}') : null;
  await upsertRooms(inventory.rooms, { batchSize, strictValidation, parity });
  log.info('synced %s (%d rooms)', supplier.id, inventory.rooms.length);
}
