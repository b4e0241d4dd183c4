import { TRPCClientError } from '@trpc/client';

/** The tRPC error code of a failed call (NOT_FOUND, BAD_REQUEST, …), if it has one. */
export function trpcErrorCode(error: unknown): string | null {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (data && typeof data === 'object' && 'code' in data && typeof data.code === 'string')
      return data.code;
  }
  return null;
}

export function isNotFound(error: unknown): boolean {
  return trpcErrorCode(error) === 'NOT_FOUND';
}
