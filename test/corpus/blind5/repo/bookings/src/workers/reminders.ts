// Corpus: blind5 (issue 14), Statsig server SDKs in a reminder worker (the new core SDK and the legacy node SDK).
// Source: @statsig/statsig-node-core docs (checkGate, getFeatureGate, getExperiment, getLayer) and statsig-node (...WithExposureLoggingDisabled).
import { Statsig, StatsigUser } from '@statsig/statsig-node-core';
import LegacyStatsig from 'statsig-node';

const statsig = new Statsig(process.env.STATSIG_SERVER_KEY ?? '');

export async function planReminders(userId: string, email: string) {
  await statsig.initialize();
  const user = new StatsigUser({ userID: userId, email });
  const sms = statsig.checkGate(user, 'bk_sms_reminders');
  const push = statsig.getFeatureGate(user, 'bk_push_reminders').value;
  const hoursBefore = statsig.getExperiment(user, 'bk_reminder_timing').get('hours_before', 24);
  const layer = statsig.getLayer(user, 'bk_reminder_layer');
  const channel = layer.get('channel', 'email');
  const quiet = LegacyStatsig.checkGateWithExposureLoggingDisabled({ userID: userId }, 'bk_quiet_hours');
  return { sms, push, hoursBefore, channel, quiet };
}
