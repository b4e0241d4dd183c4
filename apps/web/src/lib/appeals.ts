export const APPEAL_STATUS = {
  pending: 'Appeal pending',
  sustained: 'Appeal sustained',
  denied: 'Appeal denied',
} as const;
