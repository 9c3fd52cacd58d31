// Case variants of registry aliases (NEW_CHECKOUT -> newCheckout, new_checkout, new-checkout)
// and the identifier-boundary test every alias match must pass.

export type CaseVariant = 'camel' | 'snake' | 'upper-snake' | 'kebab';

/** Splits a name into lower-case words at `_`, `-`, spaces and camelCase humps. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** The requested case variants of a name (without the name itself); dotted names have none. */
export function generateCaseVariants(name: string, variants: readonly CaseVariant[]): string[] {
  if (name.includes('.') || variants.length === 0) return [];
  const words = splitWords(name);
  if (words.length === 0) return [];
  const forms = variants.map((variant) => {
    switch (variant) {
      case 'camel':
        return words.map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
      case 'snake':
        return words.join('_');
      case 'upper-snake':
        return words.join('_').toUpperCase();
      case 'kebab':
        return words.join('-');
    }
  });
  // A variant must still start like an identifier (a leading digit would never be one).
  return [...new Set(forms)].filter((form) => form !== name && /^[A-Za-z_$]/.test(form));
}

function isWordCode(code: number, alsoDash: boolean): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 36 || // $
    (alsoDash && code === 45) // - (only for kebab aliases, so new-checkout-v2 is not new-checkout)
  );
}

/** True when `text[start, end)` is a whole identifier: no identifier character touches either side. */
export function isOnIdentifierBoundary(text: string, start: number, end: number, alias: string): boolean {
  const dash = alias.includes('-');
  if (start > 0 && isWordCode(text.charCodeAt(start - 1), dash)) return false;
  if (end < text.length && isWordCode(text.charCodeAt(end), dash)) return false;
  return true;
}
