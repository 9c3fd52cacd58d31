// Corpus: blind5 (issue 14), the bookings API's environment switches read in the usual Node ways.
// Source: Node.js process.env docs; destructuring defaults and nullish coalescing (MDN).
const { FF_AUDIT_TRAIL = 'off', PORT = '3000' } = process.env;

export const config = {
  port: Number(PORT),
  auditTrail: FF_AUDIT_TRAIL === 'on',
  bulkImport: (process.env.FF_BULK_IMPORT ?? 'false') === 'true',
  exportCsv: process.env['FF_EXPORT_CSV'] === '1',
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://localhost/bookings',
};

export function regionSwitch(region: string): boolean {
  return process.env[`FF_REGION_${region.toUpperCase()}`] === 'on';
}
