// Corpus: blind6, React web app using the monorepo wrapper and the LaunchDarkly React SDK.
// Source: LaunchDarkly React Web SDK reference (useFlags camelCased keys, useLDClient).
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { FLAGS, useFeature } from '@acme/flags';
import { LegacyPlayer, Player } from './players';

export function PlayerPage({ videoId }: { videoId: string }) {
  const modernPlayer = useFeature(FLAGS.NEW_PLAYER);
  const { webSkipIntro, webAutoNextEpisode = false } = useFlags();
  const ld = useLDClient();
  const bitrateCap = ld?.variation('web-bitrate-cap', 4000) ?? 4000;

  if (!modernPlayer) return <LegacyPlayer videoId={videoId} />;
  return (
    <Player
      videoId={videoId}
      skipIntro={webSkipIntro}
      autoNext={webAutoNextEpisode}
      maxKbps={bitrateCap}
    />
  );
}
