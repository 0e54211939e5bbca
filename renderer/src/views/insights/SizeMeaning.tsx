// The legend's line on node size, following the sidebar's choice.
import { useAppState } from '../../state/core/use-store';
import { sizeMeaning } from './figure-labels';

export function SizeMeaning() {
  const sizeBy = useAppState((s) => s.insights.sizeBy);
  const pending = useAppState((s) => sizeBy !== 'influence' && s.insights.analysis.result === null);
  return (
    <>
      {sizeMeaning(sizeBy)}
      {pending && ' Sizes appear when the analysis finishes.'}
    </>
  );
}
