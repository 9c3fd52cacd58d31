// Corpus: blind8, parcelpoint web, parcel tracking panel (client component)
// Source: LaunchDarkly React Web SDK docs (useFlags camelCased keys, useLDClient, variation on the JS client)
'use client';

import { useEffect, useState } from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { MapView } from './MapView';
import { formatEta } from '../lib/format';

type Props = { parcelId: string; eta: Date | null };

export function TrackingPanel({ parcelId, eta }: Props) {
  const {
    webTrackingMap: showMap = false,
    webLiveEta,
    webDriverPhoto,
  } = useFlags();
  const ldClient = useLDClient();
  const [smsOptIn, setSmsOptIn] = useState(false);

  useEffect(() => {
    const offered = ldClient?.variation('web-tracking-sms', false) ?? false;
    setSmsOptIn(Boolean(offered));
  }, [ldClient]);

  return (
    <div className="tracking">
      {showMap ? <MapView parcelId={parcelId} /> : null}
      {webLiveEta && eta ? <p>Arrives {formatEta(eta)}</p> : <p>Arrives today</p>}
      {webDriverPhoto && <img src={`/api/parcels/${parcelId}/driver.jpg`} alt="Your driver" />}
      {smsOptIn && (
        <label>
          <input type="checkbox" name="sms" /> Text me when the driver is two stops away
        </label>
      )}
    </div>
  );
}
