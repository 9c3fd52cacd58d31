// A calendar date as the user's clock shows it: task ids and flag expiry compare against this.

/** `date` as `YYYY-MM-DD` in the local time zone. */
export function formatLocalDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
