import { useSyncExternalStore } from 'react';

/**
 * A tiny history-based router: the whole state of a view lives in the URL (path + query),
 * so any selection, filter or what-if can be shared as a link. No dependency needed for five
 * flat routes.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query; re-renders on navigation and on back/forward. */
export function useLocation(): { path: string; query: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams, href };
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  for (const listener of listeners) listener();
}

export type QueryPatch = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** The current URL with some query parameters changed (null, '', false or [] removes one). */
export function withQuery(patch: QueryPatch, path = window.location.pathname): string {
  const query = new URLSearchParams(path === window.location.pathname ? window.location.search : '');
  for (const [key, value] of Object.entries(patch)) {
    const text = Array.isArray(value) ? value.join(',') : value === true ? '1' : value == null || value === false ? '' : String(value);
    if (text === '') query.delete(key);
    else query.set(key, text);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Updates the query of the current view; filters replace history, selections push it. */
export function setQuery(patch: QueryPatch, options: { replace?: boolean } = {}): void {
  navigate(withQuery(patch), options);
}

/** A comma-separated list parameter (ids never contain commas: they are slugs). */
export function listParam(query: URLSearchParams, key: string): string[] {
  return (query.get(key) ?? '').split(',').filter(Boolean);
}
