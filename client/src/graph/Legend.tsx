import type { Kind } from '../api/generated/graphql';
import { KINDS } from './kinds';
import { KindIcon } from './KindIcon';

interface LegendProps {
  kinds: Kind[];
  counts?: Partial<Record<Kind, number>>;
  /** With these, each entry is a checkbox that shows or hides its kind. */
  hiddenKinds?: ReadonlySet<Kind>;
  onToggle?: (kind: Kind) => void;
}

/** Legend by kind: shape and colour, so it still reads when printed in greyscale. */
export function Legend({ kinds, counts, hiddenKinds, onToggle }: LegendProps) {
  return (
    <fieldset className="legend">
      <legend>{onToggle ? 'Show kinds' : 'Legend'}</legend>
      <ul>
        {kinds.map((kind) => {
          const text = `${KINDS[kind].plural}${counts ? ` (${counts[kind] ?? 0})` : ''}`;
          return (
            <li key={kind}>
              {onToggle ? (
                <label>
                  <input type="checkbox" checked={!hiddenKinds?.has(kind)} onChange={() => onToggle(kind)} />
                  <KindIcon kind={kind} /> {text}
                </label>
              ) : (
                <span>
                  <KindIcon kind={kind} /> {text}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
