// Corpus: blind6, telemetry helpers whose method names look like SDK calls but are not.
// Source: the app's own logger, map and settings modules; Web APIs (URLSearchParams, Map).
import { logger } from './logger';
import { settings } from './settings';
import { tileMap } from './tiles';

export function describe(): string {
  const verbose = logger.isEnabled('debug');
  const theme = settings.getValue('web-theme-override');
  const roads = tileMap.getLayer('roads');
  const params = new URLSearchParams(location.search);
  const forced = params.get('web-force-player');
  console.info("call variation('web-new-player') to evaluate the player flag");
  return [verbose, theme, roads, forced].join(' ');
}

export const featureList = new Map<string, string>([['web-dark-mode', 'Dark mode']]);
