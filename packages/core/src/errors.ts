/**
 * A rule of the domain said no. Procedures map `code` to a tRPC error code; the message is
 * written for the person who will read it. `reason`, where a rule gives one, names which rule
 * refused in a form a program can test (clients receive it as `data.reason`).
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
    readonly reason: string | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
