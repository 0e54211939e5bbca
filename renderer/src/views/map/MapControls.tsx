// The buttons above the map, the same for both map surfaces.
import type { Linking } from './use-linking';

export interface MapControlsProps {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fit: () => void;
  readonly arrange: () => void;
  readonly arranging: boolean;
  readonly empty: boolean;
  readonly linking: Linking;
}

export function MapControls({ zoomIn, zoomOut, fit, arrange, arranging, empty, linking }: MapControlsProps) {
  return (
    <div className="map-controls" role="group" aria-label="Map controls">
      <button type="button" onClick={zoomIn}>
        Zoom in
      </button>
      <button type="button" onClick={zoomOut}>
        Zoom out
      </button>
      <button type="button" onClick={fit}>
        Fit
      </button>
      <button type="button" disabled={arranging || empty} onClick={arrange}>
        Re-arrange
      </button>
      <span className="spacer" />
      {(linking.state || arranging) && (
        <p className="map-hint" role="status">
          {arranging
            ? 'Arranging the map…'
            : linking.state?.from === null
              ? 'Click the first stakeholder to link (Esc or empty space stops).'
              : 'Now click the second stakeholder.'}
        </p>
      )}
      <button type="button" aria-pressed={linking.state !== null} onClick={linking.toggle}>
        Link two nodes
      </button>
    </div>
  );
}
