// Corpus: blind9, brightgrid billing service, environment switches
// Source: Node.js process.env (property reads, destructuring, computed names)
const { FF_BIL_PAUSE_COLLECTIONS, FF_BIL_SANDBOX_PSP } = process.env;

export const paymentsPaused = (): boolean => FF_BIL_PAUSE_COLLECTIONS === 'true';

export function pspEndpoint(): string {
  if (FF_BIL_SANDBOX_PSP) return 'https://sandbox.psp.example';
  return process.env['FF_BIL_PSP_ENDPOINT'] ?? 'https://api.psp.example';
}

export function regionalSwitch(region: string): boolean {
  return process.env[`FF_BIL_${region.toUpperCase()}_COLLECTIONS`] === 'on';
}

export const smartMeterRebate = process.env.FF_BIL_SMART_REBATE !== 'off';
