import { useCallback, useEffect, useState } from 'react';
import { execute } from './graphql';
import type { TypedDocumentString } from './generated/graphql';

export interface QueryState<T> {
  /** The latest data; kept while a new request loads so the canvas does not flash empty. */
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  retry(): void;
}

/** Runs a typed operation whenever its variables change; `skip` leaves it idle. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { skip = false }: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data?: TResult; error?: Error; loading: boolean }>({ loading: !skip });

  useEffect(() => {
    if (skip) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    execute(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error: error instanceof Error ? error : new Error(String(error)), loading: false });
      },
    );
    return () => controller.abort();
  }, [document, key, skip, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, retry };
}
