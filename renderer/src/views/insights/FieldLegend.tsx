// The key for a colour by any field: each value beside its swatch and count (the colouring never
// lives in colour alone), or a numeric field's range on its scale. Community keeps its own key,
// whose groups highlight their members.
import type { ColourEncoding } from '../../graph/encodings';
import { SCALE_HIGH, SCALE_LOW } from '../../graph/encodings';

/** Values listed by name; the rest are counted, so a long field's key stays short. */
const VALUES_LISTED = 12;

export function FieldLegend({ encoding, title }: { readonly encoding: ColourEncoding; readonly title: string }) {
  if (encoding.kind === 'numeric') {
    return (
      <div className="field-legend" role="group" aria-label={`Colour key: ${title}`}>
        <h3>{title}</h3>
        <p>
          <span className="scale-bar" style={{ background: `linear-gradient(to right, ${SCALE_LOW}, ${SCALE_HIGH})` }} aria-hidden="true" />
        </p>
        <p className="hint">
          Light is {encoding.min}, dark is {encoding.max}.{encoding.missing > 0 ? ` ${encoding.missing} without a value are pale grey.` : ''}
        </p>
      </div>
    );
  }
  const shown = encoding.legend.slice(0, VALUES_LISTED);
  return (
    <div className="field-legend" role="group" aria-label={`Colour key: ${title}`}>
      <h3>{title}</h3>
      <ul>
        {shown.map((entry) => (
          <li key={entry.value}>
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" /> {entry.label} <span className="muted">({entry.count})</span>
          </li>
        ))}
      </ul>
      {encoding.legend.length > VALUES_LISTED && <p className="hint">And {encoding.legend.length - VALUES_LISTED} more values, in grey.</p>}
    </div>
  );
}
