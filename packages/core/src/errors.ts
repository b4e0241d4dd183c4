/**
 * A rule of the domain said no. Procedures map `code` to a tRPC error code; the message is
 * written for the person who will read it.
 */
export class DomainError extends Error {
  constructor(
    readonly code:
      | 'BAD_REQUEST'
      | 'NOT_FOUND'
      | 'FORBIDDEN'
      | 'UNAUTHORIZED'
      | 'PRECONDITION_FAILED'
      | 'TOO_MANY_REQUESTS'
      | 'CONFLICT'
      | 'SERVICE_UNAVAILABLE',
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
