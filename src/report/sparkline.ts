// A one-line terminal chart of a series, with the eight block characters.

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** One block per value, scaled from the series' minimum to its maximum (flat series: lowest block). */
export function formatSparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  return values
    .map((value) => BLOCKS[span === 0 ? 0 : Math.min(BLOCKS.length - 1, Math.floor(((value - min) / span) * BLOCKS.length))])
    .join('');
}
