// Shown when the window itself cannot work: says what failed and that the map file is untouched.
import { describeFailure } from '../state/core/failure';

export function FatalScreen({ error }: { readonly error: unknown }) {
  return (
    <main className="screen-centre">
      <div className="card" role="alert">
        <h1>Coalition Mapper hit a problem</h1>
        <p>The window stopped working: {describeFailure(error)}</p>
        <p>Your map file was not changed by this. Every change you saw saved was already on disk.</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload the window
        </button>
      </div>
    </main>
  );
}
