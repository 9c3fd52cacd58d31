// Corpus: blind7, web app: trip settings, Flagsmith React (useFlags with traits) and the flagsmith JS client.
// Source: flagsmith/react docs (useFlags(['a', 'b'], ['trait']) then flags.a.enabled / .value), flagsmith JS (hasFeature, getValue with options).
import React from 'react';
import flagsmith from 'flagsmith';
import { useFlags, useFlagsmith } from 'flagsmith/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

interface TripSettingsForm {
  travellers: number;
  seatPreference: 'aisle' | 'window' | 'none';
  mealPreference: string;
}

export function TripSettings({ tripId }: { tripId: string }): JSX.Element {
  const { t } = useTranslation('trip');
  const { register, handleSubmit, getValues } = useForm<TripSettingsForm>();
  const flagsmithClient = useFlagsmith();
  const flags = useFlags(['ts_meal_selection', 'ts_seat_map_v2'], ['loyalty_tier']);

  const onSubmit = async (values: TripSettingsForm): Promise<void> => {
    await fetch(`/api/trips/${tripId}/settings`, { method: 'PUT', body: JSON.stringify(values) });
    await flagsmithClient.setTrait('seat_preference', values.seatPreference);
  };

  const preview = getValues('mealPreference');
  const maxTravellers = Number(flags.ts_seat_map_v2.value ?? 9);

  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <label>
        {t('trip.travellers')}
        <input type="number" max={maxTravellers} {...register('travellers')} />
      </label>
      {flags.ts_meal_selection.enabled && (
        <label>
          {t('trip.meal')} ({preview})
          <input {...register('mealPreference')} />
        </label>
      )}
      {flags.ts_seat_map_v2?.enabled ? <SeatPreference register={register} /> : null}
      <button type="submit">{t('save')}</button>
    </form>
  );
}

function SeatPreference({ register }: { register: ReturnType<typeof useForm<TripSettingsForm>>['register'] }): JSX.Element {
  return (
    <select {...register('seatPreference')}>
      <option value="aisle">Aisle</option>
      <option value="window">Window</option>
      <option value="none">No preference</option>
    </select>
  );
}

export function travelInsuranceOffer(): { show: boolean; provider: string } {
  const show = flagsmith.hasFeature('ts_insurance_offer');
  const provider = flagsmith.getValue('ts_insurance_provider', { fallback: 'allianz' }) as string;
  return { show, provider };
}
