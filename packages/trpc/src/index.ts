export { createContextInner, type Context } from './context.ts';
export { appRouter, createCaller, type AppRouter } from './root.ts';
export { createOverlordClient, TRPC_PATH, type OverlordClientOptions } from './client.ts';
export * from './routers/posts.schema.ts';
export * from './routers/queues.schema.ts';
export * from './routers/topics.schema.ts';
