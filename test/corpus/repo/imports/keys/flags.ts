// Corpus: a module of flag-key constants that other files import (declarations only, no reference here).
// Source: TypeScript handbook, Modules (export const, `as const` objects) and Enums (string enums).
export const FLAGS = {
  NEW_PORTAL: 'billing-new-portal',
  BULK_EDIT: 'bulk-edit',
} as const;

export const SANDBOX = 'billing-sandbox';

export enum Flags {
  Beta = 'beta-badge',
}

// Not a constant: assigned again, so an importer's key stays dynamic.
export let rolloutKey = 'cache-v2';
rolloutKey = 'cache-v3';
