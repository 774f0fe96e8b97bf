import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface ProxyItem {
  id: string;
  /** Read aloud, e.g. "Channel from Secretary-General to Security Council". */
  label: string;
  isEdge: boolean;
  selected: boolean;
}

interface GraphProxyListProps {
  label: string;
  items: ProxyItem[];
  onFocusItem(id: string | undefined): void;
  onSelect(id: string): void;
  onActivate?: (id: string) => void;
  onHide?: (id: string) => void;
  activateHint?: string;
}

/**
 * The canvas is aria-hidden; this list stands in for it: one button per element in reading
 * order with a roving tab index (one Tab stop, arrows move), as excalidraw does for its
 * canvas. Hidden until it holds focus, then shown over the canvas so sighted keyboard users
 * see where they are.
 */
export function GraphProxyList({ label, items, onFocusItem, onSelect, onActivate, onHide, activateHint }: GraphProxyListProps) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.min(active, Math.max(items.length - 1, 0));

  useEffect(() => {
    const selected = items.findIndex((item) => item.selected);
    if (selected >= 0) setActive(selected);
  }, [items]);

  const move = (next: number) => {
    const bounded = (next + items.length) % items.length;
    setActive(bounded);
    refs.current[bounded]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, item: ProxyItem, at: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowRight: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      ArrowLeft: () => move(at - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => (onActivate && !item.isEdge ? onActivate(item.id) : onSelect(item.id)),
      ' ': () => onSelect(item.id),
      Delete: () => onHide?.(item.id),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (items.length === 0) return null;
  const hint = `Arrow keys move, Space selects${activateHint ? `, Enter ${activateHint}` : ''}${onHide ? ', Delete hides' : ''}.`;
  return (
    <div className="graph-proxy">
      <p className="graph-proxy-hint" id={`${label.replace(/\W+/g, '-')}-hint`}>
        {label}: {items.length} elements. {hint}
      </p>
      <ul aria-label={label} aria-describedby={`${label.replace(/\W+/g, '-')}-hint`}>
        {items.map((item, at) => (
          <li key={item.id}>
            <button
              type="button"
              ref={(element) => {
                refs.current[at] = element;
              }}
              tabIndex={at === index ? 0 : -1}
              aria-pressed={item.selected}
              data-element-id={item.id}
              onFocus={() => {
                setActive(at);
                onFocusItem(item.id);
              }}
              onBlur={() => onFocusItem(undefined)}
              onClick={() => onSelect(item.id)}
              onKeyDown={(event) => onKeyDown(event, item, at)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
