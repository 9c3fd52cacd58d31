// Corpus: blind9, brightgrid customer portal, smart home tiles
// Source: @openfeature/react-sdk typings (useBooleanFlagValue, useStringFlagValue, useNumberFlagDetails, useFlag, useSuspenseFlag)
'use client';

import { useBooleanFlagValue, useFlag, useNumberFlagDetails, useStringFlagValue } from '@openfeature/react-sdk';

export function SmartHomeTiles({ homeId }: { homeId: string }) {
  const thermostatTile = useBooleanFlagValue('portal-thermostat-tile', false);
  const tileOrder = useStringFlagValue(
    'portal-tile-order',
    'energy-first',
  );
  const { value: refreshSeconds } = useNumberFlagDetails('portal-tile-refresh-seconds', 60);
  const { value: heatPumpTile, isError } = useFlag('portal-heat-pump-tile', false);

  return (
    <div
      className="tiles"
      data-home={homeId}
      data-order={tileOrder}
      data-refresh={refreshSeconds}
    >
      {thermostatTile && <Tile title="Thermostat" />}
      {heatPumpTile && !isError && <Tile title="Heat pump" />}
    </div>
  );
}

function Tile({ title }: { title: string }) {
  return <div className="tile">{title}</div>;
}
