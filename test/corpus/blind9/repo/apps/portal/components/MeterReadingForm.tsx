// Corpus: blind9, brightgrid customer portal, meter reading form
// Source: @splitsoftware/splitio-react typings (useSplitTreatments -> { treatments, isReady }), @devcycle/react-client-sdk (useVariableValue), react-hook-form and react-i18next (look-alikes)
'use client';

import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSplitTreatments } from '@splitsoftware/splitio-react';
import { useVariableValue } from '@devcycle/react-client-sdk';

type Reading = { register: 'day' | 'night'; value: number; photo?: FileList };

export function MeterReadingForm({ meterId }: { meterId: string }) {
  const { t } = useTranslation('readings');
  const { register, handleSubmit, getValues, setValue } = useForm<Reading>();
  const { treatments, isReady } = useSplitTreatments({
    names: ['portal_photo_reading', 'portal_reading_ocr'],
  });
  const maxPhotos = useVariableValue(
    'portal-reading-max-photos',
    1,
  );
  const estimateHint = useVariableValue('portal-estimate-hint', false);

  const onSubmit = handleSubmit((reading) => {
    if (reading.value < 0) setValue('value', 0);
    console.info('portal-reading-submitted', meterId, getValues('register'));
  });

  const photoOn = isReady && treatments.portal_photo_reading.treatment === 'on';
  const ocrOn = treatments['portal_reading_ocr']?.treatment === 'on';

  return (
    <form onSubmit={onSubmit}>
      <label>
        {t('reading.value')}
        <input type="number" {...register('value', { valueAsNumber: true })} />
      </label>
      {photoOn && <input type="file" accept="image/*" multiple={maxPhotos > 1} {...register('photo')} />}
      {ocrOn && <p>{t('reading.ocrHint')}</p>}
      {estimateHint && <p>{t('reading.estimate')}</p>}
      <button type="submit">{t('reading.submit')}</button>
    </form>
  );
}
