// graphile-worker crontab, from the schedules of the job definitions (packages/jobs). Some
// jobs also run once at start-up (runner.ts).
import { crontabOf } from '@overlord/jobs';

export const crontab = crontabOf();
