// The tables of "Download all my data" offered as CSV (docs/product.md §14), with their names on
// the page.
export const CSV_DATASETS = [
  'topics',
  'posts',
  'messages',
  'loyaltyEvents',
  'appeals',
  'reports',
  'sanctions',
  'notifications',
  'badges',
  'statementVersions',
] as const;
export type Dataset = (typeof CSV_DATASETS)[number];

export const DATASET_LABELS: Record<Dataset, string> = {
  topics: 'Topic proposals',
  posts: 'Statements',
  messages: 'Private messages',
  loyaltyEvents: 'Loyalty events',
  appeals: 'Appeals',
  reports: 'Reports of treason',
  sanctions: 'Sanctions',
  notifications: 'Dispatches',
  badges: 'Badges',
  statementVersions: 'Earlier texts of revised statements',
};
