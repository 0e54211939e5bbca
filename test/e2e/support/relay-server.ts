// The relay of the sharing end-to-end tests: the same real pouchdb-server on 127.0.0.1 as the sync
// unit tests use (test/unit/sync/helpers/pouchdb-server.ts). Stopping it is how a test takes both
// organizers offline; starting it again on the same folder and port brings the relay back with
// everything it held.
export { startRelayServer as startRelay, type RelayServer as RelayProcess } from '../../unit/sync/helpers/pouchdb-server';
