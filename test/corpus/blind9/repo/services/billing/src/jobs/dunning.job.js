// Corpus: blind9, brightgrid billing service, dunning job (CommonJS, BullMQ worker)
// Source: @launchdarkly/node-server-sdk (init, boolVariation, numberVariation, variationDetail) and unleash-client top-level isEnabled
const { Worker } = require('bullmq');
const ld = require('@launchdarkly/node-server-sdk');
const { isEnabled } = require('unleash-client');

const ldClient = ld.init(process.env.LD_SDK_KEY);

const worker = new Worker('dunning', async (job) => {
  const context = { kind: 'account', key: job.data.accountId, tariff: job.data.tariff };
  const softReminder = await ldClient.boolVariation('bil-soft-reminder', context, true);
  const graceDays = await ldClient.numberVariation(
    'bil-grace-days',
    context,
    14,
  );
  const detail = await ldClient.variationDetail('bil-debt-advice-link', context, false);

  if (isEnabled('bil_hardship_fund', { userId: job.data.accountId })) {
    await job.updateData({ ...job.data, hardship: true });
  }
  if (process.env.FF_BIL_DUNNING_DRY_RUN === 'true') return { skipped: true };
  return { softReminder, graceDays, adviceLink: detail.value, reason: detail.reason };
});

module.exports = { worker };
