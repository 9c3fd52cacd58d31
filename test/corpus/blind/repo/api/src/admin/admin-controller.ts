// Corpus: blind / api admin controller (LaunchDarkly Node.js server SDK, keys imported from a keys module)
// Source: @launchdarkly/node-server-sdk LDClient.boolVariation / variation (js-core sdk-server LDClient.ts)
import type { LDClient } from '@launchdarkly/node-server-sdk';
import * as keys from '../config/feature-keys';
import { AdminFlags, ROLE_EDITOR_FLAG as ROLE_EDITOR } from '../config/feature-keys';
import { BillingAdminFlag } from '../config/feature-keys';

export class AdminController {
  constructor(private readonly ld: LDClient) {}

  async capabilities(adminId: string) {
    const context = { kind: 'user', key: adminId, role: 'admin' };
    const [auditExport, impersonation, roleEditor, refunds] = await Promise.all([
      this.ld.boolVariation(AdminFlags.AUDIT_LOG_EXPORT, context, false),
      this.ld.boolVariation(keys.AdminFlags.IMPERSONATION, context, false),
      this.ld.boolVariation(ROLE_EDITOR, context, false),
      this.ld.boolVariation(
        BillingAdminFlag.RefundsConsole,
        context,
        false,
      ),
    ]);
    return { auditExport, impersonation, roleEditor, refunds };
  }
}
