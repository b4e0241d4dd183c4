import { z } from 'zod';

export const topicIdSchema = z.uuid('That is not a topic identifier.');
export const postIdSchema = z.uuid('That is not a post identifier.');

/** What a citizen may appeal or report. */
export const contentKindSchema = z.enum(['post', 'topic']);
export const contentIdSchema = z.uuid('That is not an identifier of a statement or topic.');

/** Another citizen named in a request; existence is the server's to check. */
export const usernameRefSchema = z.string().trim().min(1).max(64);
