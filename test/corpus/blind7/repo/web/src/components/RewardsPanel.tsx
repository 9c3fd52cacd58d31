// Corpus: blind7, web app: the rewards panel, DevCycle React, ConfigCat React and Split React SDKs.
// Source: @devcycle/react-client-sdk (useVariableValue, useVariable), configcat-react (useFeatureFlag returns { value, loading }),
// @splitsoftware/splitio-react (useSplitTreatments({ names, attributes })).
import React from 'react';
import { useVariable, useVariableValue } from '@devcycle/react-client-sdk';
import { useFeatureFlag } from 'configcat-react';
import { useSplitTreatments } from '@splitsoftware/splitio-react';
import { useTranslation } from 'react-i18next';
import { Spinner } from './Spinner';

export function RewardsPanel({ points, tier }: { points: number; tier: string }): JSX.Element {
  const { t } = useTranslation('rewards');
  const showLeaderboard = useVariableValue('rw-leaderboard', false);
  const badgeStyle = useVariable('rw-badge-style', 'flat');
  const { value: cashback, loading } = useFeatureFlag('rwCashbackEnabled', false);
  const { treatments, isReady } = useSplitTreatments({
    names: ['rw_tier_progress', 'rw_redeem_flow'],
    attributes: { tier, points },
  });

  if (loading || !isReady) return <Spinner />;

  const progress = treatments.rw_tier_progress.treatment === 'on';
  const redeemFlow = treatments['rw_redeem_flow'].treatment;

  return (
    <section className={`rewards rewards--${badgeStyle.value}`}>
      <h2>{t('rewards.points', { count: points })}</h2>
      {progress && <progress max={10000} value={points} />}
      {cashback && <p>{t('rewards.cashback')}</p>}
      {showLeaderboard && <a href="/rewards/leaderboard">{t('rewards.leaderboard')}</a>}
      <a href={redeemFlow === 'v2' ? '/rewards/redeem/v2' : '/rewards/redeem'}>{t('rewards.redeem')}</a>
    </section>
  );
}
