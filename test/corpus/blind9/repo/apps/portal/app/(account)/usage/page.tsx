// Corpus: blind9, brightgrid customer portal, usage page (React Server Component)
// Source: @openfeature/server-sdk Client typings (getBooleanValue, getObjectValue<T>, getNumberValue, getStringDetails) and Next.js app router docs
import { OpenFeature } from '@openfeature/server-sdk';
import { cookies } from 'next/headers';
import { UsageChart } from './UsageChart';
import { TariffCard } from '../../../components/TariffCard';

interface UsageChartConfig {
  granularity: 'half-hour' | 'day' | 'month';
  showCarbon: boolean;
}

const client = OpenFeature.getClient('portal');

export default async function UsagePage() {
  const accountId = (await cookies()).get('bg_account')?.value ?? 'anonymous';
  const evaluationContext = { targetingKey: accountId, channel: 'web' };

  const showComparison = await client.getBooleanValue(
    'portal-neighbour-comparison',
    false,
    evaluationContext,
  );
  const chartConfig = await client.getObjectValue<UsageChartConfig>(
    'portal-usage-chart-config',
    { granularity: 'day', showCarbon: false },
    evaluationContext,
  );
  const historyMonths = await client.getNumberValue('portal-history-months', 13, evaluationContext);
  const { value: exportFormat, reason } = await client.getStringDetails(
    'portal-export-format',
    'csv',
    evaluationContext,
  );

  return (
    <main>
      <UsageChart
        accountId={accountId}
        granularity={chartConfig.granularity}
        showCarbon={chartConfig.showCarbon}
        months={historyMonths}
      />
      {showComparison ? <p className="comparison">Homes like yours used 12% more.</p> : null}
      <TariffCard
        accountId={accountId}
        exportFormat={exportFormat}
        exportReason={reason}
      />
    </main>
  );
}
