// Parses import and merge files off the window's thread, so a 50 MB sheet never freezes the app
// and the Cancel button can simply end this worker.
import { createImportCore } from './import-core';
import type { ImportReply, ImportRequest } from './import-protocol';

const core = createImportCore((reply: ImportReply) => self.postMessage(reply));

self.onmessage = (event: MessageEvent<ImportRequest>) => core.handle(event.data);
