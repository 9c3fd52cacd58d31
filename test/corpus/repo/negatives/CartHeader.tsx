// Corpus: negatives in TSX, calls and strings that look like flag references but are not.
// Source: react-hook-form useForm() (getValues(name?)), react-i18next useTranslation() (t(key)),
// pino logger (info(msg)); none of them evaluates a feature flag.
import React from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import pino from 'pino';

const logger = pino();

export function CartHeader({ onSubmit }: { onSubmit: (email: string) => void }) {
  const { t } = useTranslation();
  const { register, getValues } = useForm<{ email: string }>();
  logger.info('fast-search');
  const title = t('cart.title');
  const save = () => onSubmit(getValues('email'));
  const endpoint = '/api/dark_mode/preview';
  // fast-search is rolled out to half of the users; see the dashboard.
  return (
    <header data-endpoint={endpoint}>
      <h1>{title}</h1>
      <input {...register('email')} />
      <button onClick={save}>{t('cart.checkout')}</button>
    </header>
  );
}
