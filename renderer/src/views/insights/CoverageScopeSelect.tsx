// "Coverage for:" the whole coalition or one committee. Choosing asks the analysis runner for a new
// run (numbered like any other), so the rows below always say which group they counted.
import type { Committee } from '../../../../shared/model';
import { useActions, useAppState } from '../../state/core/use-store';
import { Choice } from '../Choice';

export function CoverageScopeSelect({ committees }: { readonly committees: readonly Committee[] }) {
  const actions = useActions();
  const chosen = useAppState((s) => s.insights.coverageScope);
  // A committee removed since it was chosen reads as the whole coalition (the runner does the same).
  const value = chosen !== null && committees.some((c) => c.id === chosen) ? chosen : null;
  return (
    <label className="coverage-scope">
      Coverage for:{' '}
      <Choice
        value={value}
        options={[{ value: null, label: 'whole coalition' }, ...committees.map((c) => ({ value: c.id, label: c.name }))]}
        onChange={actions.setCoverageScope}
      />
    </label>
  );
}
