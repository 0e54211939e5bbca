// What the map's shapes, rings and lines mean (the colours are keyed in the category filter).
import { TIE_TYPES } from '../../../shared/schema';
import { TIE_STYLES } from '../graph/tie-styles';
import { SizeMeaning } from './insights/SizeMeaning';

function TieSample({ colour, dashed, directed }: { colour: string; dashed: boolean; directed: boolean }) {
  return (
    <svg width="36" height="12" aria-hidden="true" className="legend-line">
      <line x1="2" y1="6" x2={directed ? 26 : 34} y2="6" stroke={colour} strokeWidth="2.5" strokeDasharray={dashed ? '5 3' : undefined} />
      {directed && <polygon points="26,1 35,6 26,11" fill={colour} />}
    </svg>
  );
}

export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <ul>
        <li>
          <span className="shape shape-person" aria-hidden="true" /> Person
        </li>
        <li>
          <span className="shape shape-org" aria-hidden="true" /> Organization
        </li>
        <li>
          <span className="shape shape-org shape-anchor" aria-hidden="true" /> Anchor organization
        </li>
        <li>
          <span className="shape shape-person shape-confidential" aria-hidden="true" /> Confidential
        </li>
        <li>
          <span className="shape shape-person shape-pie" aria-hidden="true" /> Several categories
        </li>
        <li className="hint">
          <SizeMeaning />
        </li>
      </ul>
      <h3>Ties</h3>
      <ul>
        {TIE_TYPES.map((type) => (
          <li key={type}>
            <TieSample {...TIE_STYLES[type]} /> {TIE_STYLES[type].label}
          </li>
        ))}
      </ul>
    </section>
  );
}
