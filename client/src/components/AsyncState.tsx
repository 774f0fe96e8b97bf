import type { ReactNode } from 'react';

interface AsyncStateProps {
  loading: boolean;
  error: Error | undefined;
  retry(): void;
  /** What is loading, e.g. "routes". */
  what: string;
  /** True when the answer came back empty. */
  empty?: boolean;
  emptyText?: ReactNode;
  children?: ReactNode;
}

/** Loading, error (with a retry) and empty states, the same in every view. */
export function AsyncState({ loading, error, retry, what, empty, emptyText, children }: AsyncStateProps) {
  if (error) {
    return (
      <div className="state state-error" role="alert">
        <p>
          <strong>Could not load the {what}.</strong> {error.message}
        </p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <>
      {loading && (
        <p className="state state-loading" role="status">
          Loading the {what}…
        </p>
      )}
      {!loading && empty && <p className="state state-empty">{emptyText ?? `No ${what}.`}</p>}
      {children}
    </>
  );
}
