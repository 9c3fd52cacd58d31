// Corpus: blind5 (issue 14), GrowthBook React hooks with union type arguments and a renamed field.
// Source: @growthbook/growthbook-react docs (useFeatureValue<T>, useFeature, IfFeatureEnabled, useGrowthBook).
import { IfFeatureEnabled, useFeature, useFeatureValue, useGrowthBook } from "@growthbook/growthbook-react";
import { Grid, List, CompareDrawer, EcoBadge } from "./catalog";

export function CatalogLayout({ items }: { items: { id: string; name: string }[] }) {
  const layout = useFeatureValue<'grid' | 'list'>('pt-catalog-layout', 'grid');
  const { on: compareOn } = useFeature('pt-compare-drawer');
  const gb = useGrowthBook();
  const dense = gb?.isOn('pt-dense-cards') ?? false;

  return (
    <>
      {layout === 'grid' ? <Grid items={items} dense={dense} /> : <List items={items} />}
      {compareOn && <CompareDrawer />}
      <IfFeatureEnabled
        feature="pt-eco-badge"
      >
        <EcoBadge />
      </IfFeatureEnabled>
    </>
  );
}
