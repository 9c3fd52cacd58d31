// Corpus: blind4 / storefront: the product page, a server component reading flags in parallel.
// Source: @openfeature/server-sdk types (getNumberValue, getObjectValue<T>, getBooleanDetails).
import { notFound } from 'next/navigation';
import { buildContext, getFlagClient, isFlagOn, readJsonFlag } from '@/lib/flags/server';
import { fetchProduct } from '@/lib/catalog';

type GalleryLayout = { columns: number; zoom: boolean };

export default async function ProductPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const client = getFlagClient();
  const ctx = await buildContext();

  const [product, maxThumbs, layout, reviews] = await Promise.all([
    fetchProduct(slug),
    client.getNumberValue('sf-gallery-max-thumbnails', 6, ctx),
    client.getObjectValue<GalleryLayout>(
      'sf-gallery-layout',
      { columns: 2, zoom: false },
      ctx,
    ),
    client
      .getBooleanDetails('sf-product-reviews', false, ctx)
      .then((details) => details.value),
  ]);
  if (!product) notFound();

  // The size guide used to be behind 'sf-size-guide-legacy'; it is always on now.
  const bundles = await isFlagOn('sf-bundle-offers');
  const badges = await readJsonFlag('sf-badge-rules', { sale: true, new: false });
  const stockHint = product.stock < 5 ? await client.getStringValue('sf-low-stock-copy', 'Only a few left', ctx) : null;

  return (
    <main data-columns={layout.columns} data-zoom={layout.zoom}>
      <h1>{product.title}</h1>
      <p>{stockHint}</p>
      <ul>{product.images.slice(0, maxThumbs).map((src) => <li key={src}>{src}</li>)}</ul>
      {reviews && <section id="reviews" />}
      {bundles && <section id="bundles" data-badges={JSON.stringify(badges)} />}
    </main>
  );
}
