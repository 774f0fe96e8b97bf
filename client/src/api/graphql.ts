import type { TypedDocumentString } from './generated/graphql';

/** An error the views show as it is: what went wrong, in words a reader can act on. */
export class ApiError extends Error {
  constructor(message: string, readonly unreachable: boolean) {
    super(message);
  }
}

/**
 * Posts a typed GraphQL operation to our own server (same origin, no other host) and returns
 * its data, or throws an ApiError naming the cause.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('The server cannot be reached. Check that it is running (npm start), then retry.', true);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(`The server answered with an error: ${body.errors[0]?.message ?? 'unknown'}`, false);
  if (!response.ok || !body.data) {
    const unreachable = response.status >= 500;
    throw new ApiError(`The server answered HTTP ${response.status}${unreachable ? ': it or its database may be down' : ''}. Retry in a moment.`, unreachable);
  }
  return body.data;
}
