// Corpus: negatives in TSX, look-alikes from form, i18n, logging and test libraries next to real flag names.
// Source: react-hook-form UseFormReturn (getValues(name), setValue(name, value)), i18next t(key), pino
// Logger (info(msg), isLevelEnabled(level)), vitest it(name, fn); none of them evaluates a feature flag.
import React from 'react';
import { useForm } from 'react-hook-form';
import i18next from 'i18next';
import pino from 'pino';

const logger = pino({ name: 'admin' });

type FlagForm = { flagKey: string; enabled: boolean };

export function FlagAdminForm({ onSave }: { onSave: (form: FlagForm) => void }) {
  const { register, getValues, setValue } = useForm<FlagForm>();
  const title = i18next.t('admin.flags.title', { count: 2 });
  const save = () => {
    setValue('flagKey', 'orders-batch-submit');
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ key: getValues('flagKey') }, 'saving orders-batch-submit');
    }
    onSave(getValues());
  };
  const help = 'Call unleash.isEnabled("orders.auto-cancel") to read it.';
  const example = `ldClient.variation('promo-bar-copy', fallback)`;
  return (
    <form onSubmit={save} title={help} data-example={example}>
      <h2>{title}</h2>
      <input {...register('flagKey')} placeholder="gift-wrap" />
    </form>
  );
}

export const testTitle = "isFeatureEnabled('onboarding-v3') returns false offline";
