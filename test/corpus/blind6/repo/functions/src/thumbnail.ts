// Corpus: blind6, AWS Lambda handler with the OpenFeature server SDK.
// Source: OpenFeature JS server SDK docs (OpenFeature.getClient, getBooleanValue, getNumberValue, getStringValue); AWS Lambda Node types.
import type { Handler, S3Event } from 'aws-lambda';
import { OpenFeature } from '@openfeature/server-sdk';
import { ensureProvider } from './provider';

type Region = 'eu' | 'us' | 'ap';

export const handler: Handler<S3Event> = async (event) => {
  await ensureProvider();
  const client = OpenFeature.getClient('thumbnails');
  const record = event.Records[0]!;
  const region = (record.awsRegion.slice(0, 2) as Region) ?? 'eu';
  const context = { targetingKey: record.s3.object.key, region };

  const webp = await client.getBooleanValue('fn-thumbnail-webp', false, context);
  const quality = await OpenFeature.getClient('thumbnails').getNumberValue('fn-thumbnail-quality', 80);
  const codec = await client.getStringValue('fn-codec-' + region, 'h264', context);
  const warmPool = process.env['FF_FN_WARM_POOL'] === 'true';
  return { webp, quality, codec, warmPool };
};
