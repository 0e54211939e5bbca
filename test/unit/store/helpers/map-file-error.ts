// Tests of refusals want the MapFileError itself (its reason and message), and a clear failure
// when the call went through or threw something else.
import { MapFileError } from '../../../../electron/main/store';

/** Runs `run` and resolves with the MapFileError it threw; any other error is rethrown. */
export async function mapFileErrorFrom(run: () => unknown, notRefused = 'expected a MapFileError'): Promise<MapFileError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof MapFileError) return error;
    throw error;
  }
  throw new Error(notRefused);
}
