import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { graphql } from '../api/generated';
import type { Kind } from '../api/generated/graphql';
import { useQuery } from '../api/useQuery';
import { KindIcon } from '../graph/KindIcon';
import { kindLabel } from '../graph/kinds';

const SearchEntities = graphql(/* GraphQL */ `
  query SearchEntities($text: String!, $kinds: [Kind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      score
      matchedOn
      entity { id kind name aliases }
    }
  }
`);

export interface PickedEntity {
  id: string;
  kind: Kind;
  name: string;
}

interface EntitySearchProps {
  label: string;
  placeholder?: string;
  kinds?: Kind[];
  /** Shown in the box when nothing is being typed, e.g. the current "from" of a route. */
  value?: string | undefined;
  onPick(entity: PickedEntity): void;
}

/**
 * Autocomplete over names, acronyms and aliases, as an ARIA combobox: type, move with the
 * arrow keys, Enter to pick, Escape to close.
 */
export function EntitySearch({ label, placeholder, kinds, value, onPick }: EntitySearchProps) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 150);
    return () => clearTimeout(timer);
  }, [text]);

  const skip = debounced.length < 2 || debounced === value;
  const { data, loading, error } = useQuery(SearchEntities, { text: debounced, kinds: kinds ?? null, first: 8 }, { skip });
  const hits = skip ? [] : (data?.search ?? []);
  const expanded = open && !skip && (hits.length > 0 || (!loading && !!data) || !!error);

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    setText(hit.entity.name);
    onPick({ id: hit.entity.id, kind: hit.entity.kind, name: hit.entity.name });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((n) => Math.min(n + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((n) => Math.max(n - 1, 0));
    } else if (event.key === 'Enter') {
      if (expanded && hits.length > 0) {
        event.preventDefault();
        pick(active);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="entity-search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        {...(expanded && hits[active] ? { 'aria-activedescendant': `${id}-option-${active}` } : {})}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded && (error || hits.length === 0) && (
        <p className="suggestions muted" role="status">
          {error ? `Search failed: ${error.message}` : `No match for “${debounced}”.`}
        </p>
      )}
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`} hidden={!expanded || hits.length === 0} className="suggestions">
        {hits.map((hit, index) => (
          <li
            key={hit.entity.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(index)}
          >
            <KindIcon kind={hit.entity.kind} /> <span className="option-name">{hit.entity.name}</span>{' '}
            <span className="muted">
              {kindLabel(hit.entity.kind)}
              {hit.entity.aliases.length > 0 ? ` · ${hit.entity.aliases.slice(0, 3).join(', ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
