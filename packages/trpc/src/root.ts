import { accountRouter } from './routers/account.ts';
import { appealsRouter } from './routers/appeals.ts';
import { blocksRouter } from './routers/blocks.ts';
import { adminRouter } from './routers/admin.ts';
import { chatRouter } from './routers/chat.ts';
import { dashboardRouter } from './routers/dashboard.ts';
import { flagsRouter } from './routers/flags.ts';
import { heldRouter } from './routers/held.ts';
import { followsRouter } from './routers/follows.ts';
import { liveRouter } from './routers/live.ts';
import { logRouter } from './routers/log.ts';
import { messagesRouter } from './routers/messages.ts';
import { notificationsRouter } from './routers/notifications.ts';
import { postsRouter } from './routers/posts.ts';
import { queuesRouter } from './routers/queues.ts';
import { sanctionsRouter } from './routers/sanctions.ts';
import { searchRouter } from './routers/search.ts';
import { tagsRouter } from './routers/tags.ts';
import { topicsRouter } from './routers/topics.ts';
import { usersRouter } from './routers/users.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  topics: topicsRouter,
  posts: postsRouter,
  messages: messagesRouter,
  queues: queuesRouter,
  users: usersRouter,
  account: accountRouter,
  admin: adminRouter,
  dashboard: dashboardRouter,
  appeals: appealsRouter,
  flags: flagsRouter,
  held: heldRouter,
  sanctions: sanctionsRouter,
  notifications: notificationsRouter,
  tags: tagsRouter,
  chat: chatRouter,
  search: searchRouter,
  blocks: blocksRouter,
  follows: followsRouter,
  live: liveRouter,
  log: logRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller (tests, scripts): same procedures, no HTTP. */
export const createCaller = createCallerFactory(appRouter);
