// Corpus: blind7, api service: the flag keys the reviews module shares, as constants (no evaluation here).
// Source: TypeScript handbook (const assertions, string enums) for the shapes; the keys are OpenFeature flag keys.
export const REVIEW_FLAGS = {
  photoReviews: 'rv-photo-reviews',
  machineTranslation: 'rv-machine-translation',
  sentimentBadges: 'rv-sentiment-badges',
} as const;

export enum ModerationFlag {
  AutoApprove = 'rv-auto-approve',
  ToxicityModel = 'rv-toxicity-model',
}

export const REVIEW_PAGE_SIZE_FLAG = 'rv-page-size';
