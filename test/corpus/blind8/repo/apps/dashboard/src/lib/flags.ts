// Corpus: blind8, parcelpoint dispatcher dashboard, flag stores for Svelte pages
// Source: Unleash JavaScript proxy client docs (UnleashClient, isEnabled, getVariant, on('update')); Svelte stores docs (readable)
import { readable, type Readable } from 'svelte/store';
import { UnleashClient } from 'unleash-proxy-client';

export const unleash = new UnleashClient({
  url: import.meta.env.VITE_UNLEASH_URL,
  clientKey: import.meta.env.VITE_UNLEASH_CLIENT_KEY,
  appName: 'dispatcher-dashboard',
});

/** A store that follows one toggle; the name is the caller's. */
export function toggleStore(name: string): Readable<boolean> {
  return readable(unleash.isEnabled(name), (set) => {
    const update = () => set(unleash.isEnabled(name));
    unleash.on('update', update);
    return () => unleash.off('update', update);
  });
}

export const bulkEdit = readable(unleash.isEnabled('dash.bulk-edit'), (set) => {
  unleash.on('update', () => set(unleash.isEnabled('dash.bulk-edit')));
});

export const shiftSwap = toggleStore('dash.shift-swap');

export const exportFormat = readable(unleash.getVariant('dash.export-format').name);

export const debugPanel = import.meta.env.FF_DASH_DEBUG_PANEL === 'true';
