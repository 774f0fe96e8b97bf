/** Posts a GraphQL operation to our own server and returns its data or throws its first error. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]?.message ?? 'GraphQL error');
  if (!response.ok || !body.data) throw new Error(`The server answered ${response.status}`);
  return body.data;
}
