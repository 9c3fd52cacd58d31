// Corpus: blind9, brightgrid shared package, look-alikes that are not flag evaluations
// Source: i18next (t), winston-style logger (isLevelEnabled), react-hook-form (getValues), a Map-backed settings store (negatives only)
import i18next from 'i18next';

interface Logger {
  isLevelEnabled(level: string): boolean;
  info(message: string, meta?: object): void;
}

export class SettingsStore {
  private readonly values = new Map<string, string>();

  getValue(name: string): string | undefined {
    return this.values.get(name);
  }

  isEnabled(name: string): boolean {
    return this.values.get(name) === 'true';
  }
}

export function describeTariff(logger: Logger, store: SettingsStore, form: { getValues(): Record<string, unknown> }): string {
  if (logger.isLevelEnabled('debug')) {
    logger.info('portal-dark-mode is a flag name in a log line, not a call');
  }
  const title = i18next.t('tariff.title', { defaultValue: 'Your tariff' });
  const currency = store.getValue('currency') ?? 'GBP';
  const compact = store.isEnabled('compact-tables');
  const values = form.getValues();
  const variation = ['standard', 'economy-7'].includes(String(values.tariff)) ? 'known' : 'other';
  return `${title} (${currency}, ${compact ? 'compact' : 'full'}, ${variation})`;
}
