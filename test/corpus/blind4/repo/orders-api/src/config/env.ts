// Corpus: blind4 / orders-api: configuration read from the environment at start-up.
// Source: Node.js process.env docs.
export const config = {
  port: Number(process.env.PORT ?? 3000),
  asyncWebhooks: process.env.FF_ASYNC_WEBHOOKS === 'true',
  auditLog: ['1', 'true'].includes(process.env.FF_ORDERS_AUDIT_LOG ?? ''),
  // FF_LEGACY_EXPORT was removed in 2024; keep the note for the runbook.
  databaseUrl: process.env.DATABASE_URL,
  idempotency: process.env[`FF_IDEMPOTENCY_KEYS`] !== 'off',
};
