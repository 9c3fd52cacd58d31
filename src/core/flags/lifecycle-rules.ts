// The lifecycle rules, one function each: how an added reference to a flag is judged by what the
// registry says of it (unknown, archived, deprecated, expired). A typed table the compiler keeps
// complete; rules.ts applies them in table order to every added reference.
import type { FlagDefinition, RegistryIndex } from './registry.js';
import type { FlagRuleCode } from './rule-codes.js';

/** A rule's verdict on one reference: its message and fix. */
export interface Judgement {
  readonly rule: FlagRuleCode;
  readonly message: string;
  readonly hint?: string;
}

/** What a lifecycle rule sees of one reference. */
export interface ReferenceFacts {
  /** The registry's entry for the key, undefined when the key is not in it. */
  readonly definition: FlagDefinition | undefined;
  /** The key as the registry knows it. */
  readonly flag: string;
  /** ` (written <alias>)` when the code wrote an alias, else ''. */
  readonly written: string;
  /** The registry file's path. */
  readonly source: string;
  /** The definition's expiry date has passed. */
  readonly expired: boolean;
  /** `owner: ...; description` of the definition, or '' (for hints). */
  readonly about: string;
  /** The did-you-mean for an unknown key (computed only when asked). */
  readonly suggestion: () => string | undefined;
}

export type LifecycleRuleCode = 'flag-unknown' | 'flag-archived' | 'flag-deprecated' | 'flag-expired';

/** Each lifecycle rule: a judgement, or undefined when it does not apply. */
export const LIFECYCLE_RULES: { readonly [Code in LifecycleRuleCode]: (facts: ReferenceFacts) => Omit<Judgement, 'rule'> | undefined } = {
  'flag-unknown': ({ definition, flag, written, source, suggestion }) => {
    if (definition !== undefined) return undefined;
    const suggested = suggestion();
    return {
      message: `unknown flag '${flag}'${written}: it is not in ${source}`,
      hint: suggested === undefined ? `Add '${flag}' to ${source}, or fix the key.` : `Did you mean '${suggested}'? Otherwise add '${flag}' to ${source}.`,
    };
  },
  'flag-archived': ({ definition, written, source, about }) =>
    definition?.status !== 'archived'
      ? undefined
      : {
          message: `flag '${definition.key}'${written} is archived in ${source}`,
          hint: `Remove the reference; archived flags must not come back into code${about ? ` (${about})` : ''}.`,
        },
  'flag-deprecated': ({ definition, written, about }) =>
    definition?.status !== 'deprecated'
      ? undefined
      : {
          message: `flag '${definition.key}'${written} is deprecated`,
          hint: `Avoid new references and plan its removal${about ? ` (${about})` : ''}.`,
        },
  'flag-expired': ({ definition, written, source, expired, about }) =>
    definition === undefined || !expired
      ? undefined
      : {
          message: `flag '${definition.key}'${written} expired on ${definition.expires}`,
          hint: `Remove the flag, or extend its \`expires\` date in ${source}${about ? ` (${about})` : ''}.`,
        },
};

const ORDER = Object.keys(LIFECYCLE_RULES) as LifecycleRuleCode[];
const NO_JUDGEMENTS: readonly Judgement[] = [];

/**
 * Every lifecycle rule's judgement of a reference to `flag` (`written`: the alias the code used),
 * in table order; none for an active flag that has not expired (the usual case, built nothing for).
 */
export function judgeReference(flag: string, writtenAs: string | undefined, registry: RegistryIndex, today: string, suggest: (name: string) => string | undefined): readonly Judgement[] {
  const definition = registry.get(flag);
  const expired = definition?.expires !== undefined && definition.expires < today;
  if (definition !== undefined && definition.status === 'active' && !expired) return NO_JUDGEMENTS;
  const facts: ReferenceFacts = {
    definition,
    flag,
    written: writtenAs === undefined ? '' : ` (written ${writtenAs})`,
    source: registry.registry.source,
    expired,
    about: definition === undefined ? '' : [definition.owner === undefined ? undefined : `owner: ${definition.owner}`, definition.description].filter(Boolean).join('; '),
    suggestion: () => suggest(writtenAs ?? flag),
  };
  const judgements: Judgement[] = [];
  for (const rule of ORDER) {
    const judged = LIFECYCLE_RULES[rule](facts);
    if (judged !== undefined) judgements.push({ rule, ...judged });
  }
  return judgements;
}
