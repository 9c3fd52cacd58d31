// Corpus: blind5 (issue 14), negatives that look like SDK calls, and keys in comments and JSX text.
// Source: react-i18next (t), react-hook-form (getValues), URLSearchParams, Web Storage; no flag SDK is evaluated here.
import { useTranslation } from 'react-i18next';
import { useFormContext } from 'react-hook-form';
import { useSearchParams } from 'next/navigation';
import { logger } from '@/lib/logger';

export function Footer() {
  const { t } = useTranslation();
  const { getValues } = useFormContext();
  const params = useSearchParams();
  const debug = params.get('feature') === 'pt-debug-panel';
  const stored = typeof window !== 'undefined' ? window.localStorage.getItem('pt-remember-me') : null;
  logger.info("isEnabled('pt-two-factor') is evaluated in TwoFactorPrompt");
  const values = getValues();
  // TODO(PORT-311): drop the legacy footer once 'pt-footer-v2' is at 100%
  // const legacy = useFlag('pt-legacy-footer');
  return (
    <footer>
      <p>{t('footer.copyright', { year: 2026 })}</p>
      <p>Don't see your trip? Call us at 0800-TRAVEL, it's free.</p>
      {/* <IfFeatureEnabled feature="pt-footer-promo"><Promo /></IfFeatureEnabled> */}
      {debug && <pre>{JSON.stringify({ values, stored })}</pre>}
    </footer>
  );
}
