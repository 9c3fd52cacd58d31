// Corpus: blind7, web app: onboarding wizard, Statsig React bindings (new and legacy packages).
// Source: @statsig/react-bindings docs (useGateValue, useFeatureGate, useExperiment, useDynamicConfig, useLayer, useStatsigClient)
// and statsig-react (useGate returns { value, isLoading }).
import React, { useState } from 'react';
import {
  useDynamicConfig,
  useExperiment,
  useFeatureGate,
  useGateValue,
  useLayer,
  useStatsigClient,
} from '@statsig/react-bindings';
import { useGate } from 'statsig-react';
import { useTranslation } from 'react-i18next';
import { Stepper } from './Stepper';

const STEPS = ['profile', 'preferences', 'payment', 'done'] as const;

export function Onboarding({ userId }: { userId: string }): JSX.Element {
  const { t } = useTranslation('onboarding');
  const { client } = useStatsigClient();
  const [step, setStep] = useState(0);

  const skipPayment = useGateValue('ob_skip_payment_step');
  const socialLogin = useFeatureGate('ob_social_login');
  const { value: progressBar, isLoading } = useGate('ob_progress_bar');
  const welcome = useExperiment('ob_welcome_copy');
  const limits = useDynamicConfig('ob_field_limits');
  const layout = useLayer('ob_layout_layer');

  const steps = STEPS.filter((name) => !(skipPayment && name === 'payment'));
  const maxName = limits.get('maxNameLength', 64);
  const columns = layout.get('columns', 1);

  const next = (): void => {
    client.logEvent('ob_step_completed', steps[step], { userId });
    if (client.checkGate('ob_confetti')) {
      void import('canvas-confetti').then(({ default: confetti }) => confetti());
    }
    setStep((current) => Math.min(current + 1, steps.length - 1));
  };

  if (isLoading) return <p>{t('loading')}</p>;

  return (
    <div className={`onboarding onboarding--cols-${columns}`}>
      <h1>{welcome.get('headline', t('welcome.title'))}</h1>
      {progressBar && <Stepper steps={steps.length} current={step} />}
      {socialLogin.value && <button type="button">{t('login.google')}</button>}
      <input maxLength={maxName} placeholder={t('profile.name')} />
      <button type="button" onClick={next}>
        {t('next')}
      </button>
    </div>
  );
}
