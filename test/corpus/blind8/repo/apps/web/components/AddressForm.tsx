// Corpus: blind8, parcelpoint web, address form
// Source: ConfigCat React SDK docs (useFeatureFlag returns { value, loading }); react-hook-form docs (getValues); react-i18next docs (t)
'use client';

import { useFeatureFlag } from 'configcat-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { logger } from '../lib/logger';

type Address = { postcode: string; houseNumber: string; street: string };

export function AddressForm({ onSave }: { onSave: (a: Address) => void }) {
  const { t } = useTranslation();
  const { register, getValues, handleSubmit } = useForm<Address>();
  const { value: autocomplete, loading } = useFeatureFlag('webAddressAutocomplete', false);
  const { value: maxLines } = useFeatureFlag(
    'webAddressMaxLines',
    2,
  );

  const lookup = () => {
    const postcode = getValues('postcode');
    logger.debug('address-autocomplete lookup', { postcode });
  };

  return (
    <form onSubmit={handleSubmit(onSave)}>
      <label>
        {t('address.postcode')}
        <input {...register('postcode')} onBlur={autocomplete && !loading ? lookup : undefined} />
      </label>
      <input {...register('houseNumber')} placeholder={t('address.house-number')} />
      {Array.from({ length: Number(maxLines) }, (_, i) => (
        <input key={i} {...register('street')} placeholder={t('address.street-line')} />
      ))}
    </form>
  );
}
