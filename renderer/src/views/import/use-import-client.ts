// One import worker per open dialog: created on first use, ended when the dialog closes, so a
// parse still running behind a closed dialog never goes on using the machine.
import { useCallback, useContext, useEffect, useRef } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { StoreContext } from '../../state/core/use-store';
import { createImportClient, type ImportClient } from '../../workers/import-client';
import type { ImportTarget } from '../../workers/import-protocol';

export function useImportClient(): ImportClient {
  const ref = useRef<ImportClient | null>(null);
  ref.current ??= createImportClient();
  useEffect(() => {
    const client = ref.current;
    return () => client?.cancel();
  }, []);
  return ref.current;
}

/** What the worker checks an import against: the map as it is now. */
export function importTarget(map: MapDocument): ImportTarget {
  return { now: new Date().toISOString(), serviceCatalog: map.coalition.serviceCatalog, existingStakeholders: map.stakeholders, existingTies: map.ties };
}

/**
 * Reads the open map when asked rather than at render, so a background save (the layout settling)
 * does not restart a read, and each request checks against the map as it is at that moment.
 */
export function useCurrentMap(): () => MapDocument | null {
  const store = useContext(StoreContext);
  return useCallback(() => store?.getState().map ?? null, [store]);
}
