// Input rules shared by the browser and the api: zod only, no Node, no database, so a form
// and the procedure it calls check the same schema with the same messages.
import './browser.ts';

export * from './admin.ts';
export * from './appeals.ts';
export * from './dispatches.ts';
export * from './flags.ts';
export * from './ids.ts';
export * from './issues.ts';
export * from './log.ts';
export * from './mentions.ts';
export * from './messages.ts';
export * from './posts.ts';
export * from './sanctions.ts';
export * from './text.ts';
export * from './topics.ts';
export * from './username.ts';
