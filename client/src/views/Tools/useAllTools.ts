import { useCallback, useEffect, useState } from 'react';
import { execute } from '../../api/graphql';
import type { ToolCatalogueQuery } from '../../api/generated/graphql';
import { ToolCatalogue } from './operations';

export type Tool = ToolCatalogueQuery['tools']['edges'][number]['node'];

/**
 * The whole catalogue, page after page (the API pages by cursor): about a hundred tools, so
 * sorting and filtering in the browser are instant and the counts are exact.
 */
export function useAllTools(): { tools: Tool[] | undefined; total: number; error: Error | undefined; loading: boolean; retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ tools?: Tool[]; total: number; error?: Error; loading: boolean }>({ total: 0, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState({ total: 0, loading: true });
    (async () => {
      const tools: Tool[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 50; page += 1) {
        const data: ToolCatalogueQuery = await execute(ToolCatalogue, { first: 100, after }, controller.signal);
        tools.push(...data.tools.edges.map((edge) => edge.node));
        total = data.tools.totalCount;
        if (!data.tools.pageInfo.hasNextPage || !data.tools.pageInfo.endCursor) break;
        after = data.tools.pageInfo.endCursor;
      }
      return { tools, total };
    })().then(
      ({ tools, total }) => setState({ tools, total, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ total: 0, loading: false, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { tools: state.tools, total: state.total, error: state.error, loading: state.loading, retry };
}
