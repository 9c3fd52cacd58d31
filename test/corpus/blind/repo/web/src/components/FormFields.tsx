// Corpus: blind / web negatives (form library, i18n, analytics, Redux, config) that look like SDK calls
// Source: react-hook-form useForm().getValues / watch (react-hook-form.com/docs/useform); react-i18next useTranslation t (react.i18next.com); @reduxjs/toolkit useSelector
import React from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSelector } from 'react-redux';
import { analytics } from '../lib/analytics';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import type { RootState } from '../store';

type Values = { email: string; newsletter: boolean };

const selectDarkMode = (state: RootState) => state.preferences.darkMode;

export function FormFields() {
  const { register, getValues, watch, setValue } = useForm<Values>();
  const { t } = useTranslation();
  const darkMode = useSelector(selectDarkMode);
  const checkoutV2Copy = t('checkout-v2.title');
  const newsletter = watch('newsletter');
  const expressCheckout = Boolean(getValues('email'));

  const onBlur = () => {
    const email = getValues('email');
    setValue('newsletter', Boolean(email));
    analytics.track('express-checkout-clicked', { email });
    logger.info('gift-wrap-option selected');
    if (config.get('features.mega-menu')) {
      logger.debug('mega menu configured');
    }
  };

  return (
    <form className={darkMode ? 'dark' : 'light'} data-testid="express-checkout-form" data-express={expressCheckout}>
      <label htmlFor="email">{t('form.email', { defaultValue: 'Email' })}</label>
      <input id="email" {...register('email')} onBlur={onBlur} />
      <p>{checkoutV2Copy}</p>
      {newsletter && <small>{t('form.newsletter_hint')}</small>}
    </form>
  );
}
