// Corpus: blind / api feature keys module (keys for the admin controller)
// Source: @launchdarkly/node-server-sdk LDClient.boolVariation(key: string, context, defaultValue) (js-core sdk-server LDClient.ts)
export const AdminFlags = {
  AUDIT_LOG_EXPORT: 'admin-audit-log-export',
  IMPERSONATION: 'admin-impersonation',
} as const;

export const ROLE_EDITOR_FLAG = 'admin-role-editor';

export enum BillingAdminFlag {
  RefundsConsole = 'admin-refunds-console',
}
