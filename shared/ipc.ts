// THE contract between the renderer and the Node side. Every channel has a strict schema for its
// argument and a result type; the main process validates against these, the preload exposes exactly
// these names, and the renderer and the end-to-end bridge are typed by them.
import { z } from 'zod';
import { AUDIT_FLAG } from './audit-flags';
import type { MapDocument } from './model';
import { mapPatchSchema } from './map-patch';
import { describeSchemaError, mapDocumentSchema } from './schema';
import { historyStepArg, inviteWordsArg, memberId, organizerName, personId, relayAddress, restrictedRecordId, settleArg, type RestrictedInvite, type RestrictedRemoval, type SharedMapInvite, type SharedMove, type SharedUndo, type SharingStatus } from './sharing/sharing-contract';

/** Where a map lives and how the app refers to it. */
export interface MapFileInfo {
  readonly path: string;
  /** The file name without folders, for titles and menus. */
  readonly fileName: string;
}

export interface BackupInfo {
  readonly id: string;
  readonly takenAt: string;
  readonly stakeholders: number;
  readonly ties: number;
}

/** What the user must be told about: a file set aside, a backup restored, a newer format refused. */
export interface Notice {
  readonly level: 'info' | 'warning' | 'error';
  readonly message: string;
}

/** A map is open and editable. */
export interface OpenedMap {
  readonly status: 'opened';
  readonly file: MapFileInfo;
  readonly map: MapDocument;
  readonly notices: readonly Notice[];
  /** True when the map is stored encrypted (the window then offers auto-lock). */
  readonly encrypted?: boolean;
  /**
   * Which save (or open) put `map` on disk: the window's first save after opening can then be a
   * patch against it (a big map's whole document may not fit in one message).
   */
  readonly revision?: number;
}

/**
 * The map could not be opened. `movedTo` is set when an unreadable file was moved aside (never
 * overwritten); `backups` lists good backups the user may restore; a newer-version file is refused
 * and left where it is.
 */
export interface MapProblem {
  readonly status: 'problem';
  readonly file: MapFileInfo;
  /** 'encrypted': a passphrase is needed; 'wrong-passphrase': the one given did not open it. Both leave the file untouched. */
  readonly reason: 'unreadable' | 'invalid' | 'newer-version' | 'locked' | 'missing' | 'encrypted' | 'wrong-passphrase';
  readonly message: string;
  readonly movedTo: string | null;
  readonly backups: readonly BackupInfo[];
  /**
   * Backups stored encrypted: they cannot be listed without their passphrase, so `backups` leaves
   * them out; the window asks for the passphrase and lists them with listBackups({ passphrase }).
   */
  readonly encryptedBackups?: number;
}

export type OpenResult = OpenedMap | MapProblem;

export interface RecentMap {
  readonly path: string;
  readonly fileName: string;
  readonly coalitionName: string;
  readonly openedAt: string;
}

export interface SaveResult {
  readonly savedAt: string;
  /**
   * Counts the saves of the open map (it starts afresh with each open). A patch save names the
   * revision it was made against and is refused when the map on disk has moved on since.
   */
  readonly revision?: number;
  /** Problems after the save landed (the audit log, or backups an erase could not reach), in plain words. */
  readonly warnings?: readonly string[];
}

/** Why the user is choosing a file: a sheet or graph to import, or another organizer's map to merge. */
export type ImportPurpose = 'import' | 'merge';

/**
 * A file the user chose to import, read whole. The bytes travel as base64 text because the
 * end-to-end bridge carries results as JSON, where a Uint8Array would arrive as a plain object.
 */
export interface ImportFile {
  readonly fileName: string;
  readonly base64: string;
  readonly byteLength: number;
}

/** What an export is saved as: the writers' formats, the two map images, and the printed brief. */
export const EXPORT_FILE_FORMATS = ['csv', 'xlsx', 'gexf', 'graphml', 'json', 'png', 'svg', 'pdf'] as const;
export type ExportFileFormat = (typeof EXPORT_FILE_FORMATS)[number];
/** Formats whose bytes travel as base64 text (the rest as UTF-8 text). */
export const BINARY_EXPORT_FORMATS: ReadonlySet<ExportFileFormat> = new Set<ExportFileFormat>(['xlsx', 'png', 'pdf']);

export interface SavedExport {
  readonly path: string;
  /** Problems after the file landed (the audit log could not be written), in plain words. */
  readonly warnings: readonly string[];
}

/** What an export held, counts only (it goes into the audit log). */
export interface ExportSummary {
  readonly records: number;
  readonly ties: number;
  readonly leftOut: number;
  readonly redacted: number;
  /** The include flags, format and list the export used, for the audit log (shared/audit-flags.ts). */
  readonly flags?: string[];
}

/** Largest export the app writes (a big map's image or spreadsheet fits many times over). */
export const MAX_EXPORT_CHARS = 48 * 1024 * 1024;

/** Largest file the app reads for an import or merge; bigger ones are refused before reading. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/** What changing, setting or removing a passphrase did to the map's backups. */
export interface PassphraseChange {
  /** Backup generations now stored under the new passphrase (or plain, when it was removed). */
  readonly rewrittenBackups: number;
  /** Backups that neither passphrase opens (damaged, or from another passphrase): left as they were. */
  readonly skippedBackups: number;
  /** Problems after the change landed (the audit log could not be written), in plain words. */
  readonly warnings: readonly string[];  /** Set when the map, now encrypted, moved to a file name that does not show its coalition's name. */
  readonly movedTo?: MapFileInfo;
}

/** What a retention purge did (or, on a dry run, would do). Counts only; `map` is what was saved. */
export interface PurgeReport {
  readonly affected: number;
  readonly tiesRemoved: number;
  /** The saved map after the purge; null on a dry run. */
  readonly map: MapDocument | null;
  /** Problems after the purge was saved (the audit log could not be written), in plain words. */
  readonly warnings: readonly string[];
}

const empty = z.strictObject({});
/** Unlocking accepts any passphrase the user typed (the rules apply when choosing one). */
const passphraseArg = z.string().min(1).max(1_024);
const exportFileName = z.string().trim().min(1).max(255).refine((n) => !/[\\/]/.test(n), 'a file name, without folders');
/** What the export held, counts only: it goes into the audit log, so never names. */
const exportSummary = z.strictObject({
  records: z.number().int().min(0),
  ties: z.number().int().min(0),
  leftOut: z.number().int().min(0),
  redacted: z.number().int().min(0),
  flags: z.array(z.string().regex(AUDIT_FLAG, 'a flag must be a short lowercase word')).max(20).optional(),
});
const pathArg = z.string().min(1).max(4_096);
/** A schema field name ("notes", "custom.role"): a short identifier, never free text that could hold a name. */
export const AUDIT_FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
/** What a save that imported, merged or deleted records goes into the audit log as: counts and field names only. */
const saveAudit = z.strictObject({
  action: z.enum(['import', 'merge', 'delete']),
  recordCount: z.number().int().min(0).max(10_000_000),
  fieldNames: z.array(z.string().regex(AUDIT_FIELD_NAME, 'a field name must be a short identifier')).max(200),
});
export type SaveAudit = z.infer<typeof saveAudit>;
/**
 * Stakeholders a secure delete also erases from the map's backups, and the spellings of their names
 * whose mentions in free text go too (never written to the audit log).
 */
const saveErase = z.strictObject({
  stakeholderIds: z.array(z.string().min(1).max(200)).min(1).max(1_000),
  spellings: z.array(z.string().min(1).max(500)).max(200).optional(),
});
export type SaveErase = z.infer<typeof saveErase>;

/** Declares a channel: a runtime schema for the argument, and the result's type (`channel<R>()(schema)`). */
function channel<R>() {
  return <A extends z.ZodType>(args: A): { readonly args: A; readonly result?: R } => ({ args });
}

/** Names one staged save (stageMapPatch): the window makes it up, the Node side only compares it. */
const stageIdArg = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a stage id is up to 64 letters, digits or dashes');

export const contract = {
  /** Opens the last map, or on first run creates and opens the sample coalition. */
  startSession: channel<OpenResult>()(empty),
  /** Creates a new map file in the data folder (empty, or the sample) and opens it. */
  newMap: channel<OpenedMap>()(
    z.strictObject({ name: z.string().trim().min(1).max(200), template: z.enum(['empty', 'sample']) }),
  ),
  /** Asks the user for a map file and opens it; null when the user cancelled. */
  openMapDialog: channel<OpenResult | null>()(empty),
  /** Opens a map from the recent list (only paths the app itself recorded are accepted). */
  openRecent: channel<OpenResult>()(z.strictObject({ path: pathArg })),
  listRecent: channel<readonly RecentMap[]>()(empty),
  /**
   * Writes the whole map durably; the renderer commits the change to memory only when this resolves.
   * `audit` marks a save that imported, merged or deleted records: logged only after the save landed.
   * `erase` (only with a 'delete' audit) then rewrites every backup of the map without those stakeholders.
   * `historyStep` says how the window's undo history took the save (sharing-contract.ts; absent: an edit).
   */
  saveMap: channel<SaveResult>()(
    z
      .strictObject({ map: mapDocumentSchema, audit: saveAudit.optional(), erase: saveErase.optional(), historyStep: historyStepArg.optional() })
      .refine((args) => args.erase === undefined || args.audit?.action === 'delete', {
        message: 'erase goes only with a delete audit',
        path: ['erase'],
      }),
  ),
  /**
   * Writes the map the last save (`baseRevision`) left on disk with only these changes applied:
   * the whole result is validated and written as saveMap writes. Refused with "stale" in the
   * message when another save came in between; the renderer then saves the whole map.
   */
  saveMapPatch: channel<SaveResult>()(
    z
      .strictObject({
        baseRevision: z.number().int().min(1),
        patch: mapPatchSchema,
        /** The parts staged before this last one (stageMapPatch), applied first; baseRevision is then the one stageMapPatch named. */
        stageId: stageIdArg.optional(),
        /** As for saveMap: logged (and the erase done) only after the save landed. */
        audit: saveAudit.optional(),
        erase: saveErase.optional(),
        historyStep: historyStepArg.optional(),
      })
      .refine((args) => args.erase === undefined || args.audit?.action === 'delete', { message: 'erase goes only with a delete audit', path: ['erase'] }),
  ),
  /**
   * One part of a change too big for one message (shared/map-patch-parts.ts): applied in memory on
   * the Node side, written only by the saveMapPatch that ends the stage. The first part names the
   * revision it was made against, or null for a whole map (no base: its lists start empty). Answers
   * the revision the stage is based on. A new stage, or another map opened, drops an unfinished one.
   */
  stageMapPatch: channel<{ readonly revision: number }>()(
    z.strictObject({ stageId: stageIdArg, baseRevision: z.number().int().min(1).nullable(), patch: mapPatchSchema }),
  ),
  /** Asks for a new location, writes the current map there and switches to it; null when cancelled. */
  saveMapAsDialog: channel<OpenedMap | null>()(
    /** Without `map` the map as the Node side holds it is written (the window's map is always that one). */
    z.strictObject({ map: mapDocumentSchema.optional() }),
  ),
  /**
   * Lists good backups of the given map (only a map from the recent list or the open one). With a
   * passphrase, encrypted backups it opens are listed too (a damaged encrypted map's way back).
   */
  listBackups: channel<readonly BackupInfo[]>()(z.strictObject({ path: pathArg, passphrase: passphraseArg.optional() })),
  /**
   * Restores a backup over the named map (the current file is kept as a backup first) and opens it.
   * An encrypted backup of a map that is not open needs its passphrase; the map stays encrypted.
   */
  restoreBackup: channel<OpenResult>()(
    z.strictObject({ path: pathArg, backupId: z.string().min(1).max(200), passphrase: passphraseArg.optional() }),
  ),
  /** Asks the user for a file to import or merge and returns its bytes; null when cancelled. */
  chooseImportFile: channel<ImportFile | null>()(z.strictObject({ purpose: z.enum(['import', 'merge']) })),
  /**
   * Asks where to save an export and writes it (text, or base64 for xlsx and png); null when the
   * user cancelled. Never writes over the open map.
   */
  saveExportFile: channel<SavedExport | null>()(
    z.strictObject({
      suggestedFileName: exportFileName,
      format: z.enum(EXPORT_FILE_FORMATS).exclude(['pdf']),
      content: z.string().max(MAX_EXPORT_CHARS),
      summary: exportSummary,
    }),
  ),
  /** Prints the window's brief (print styles) to PDF, asks where to save it and writes it; null when cancelled. */
  saveBriefPdf: channel<SavedExport | null>()(
    z.strictObject({ suggestedFileName: exportFileName, pageSize: z.enum(['A4', 'Letter']), summary: exportSummary }),
  ),
  /** Opens an encrypted map with its passphrase; a wrong one comes back as a 'wrong-passphrase' problem. */
  unlockMap: channel<OpenResult>()(z.strictObject({ path: pathArg, passphrase: passphraseArg })),
  /**
   * Protects the open map with a passphrase, changes it, or removes it (`next` null). `current` must
   * be the present passphrase of an encrypted map, null for a plain one. Re-encrypts the backups too.
   */
  setPassphrase: channel<PassphraseChange>()(
    z.strictObject({ current: passphraseArg.nullable(), next: passphraseArg.nullable() }),
  ),
  /** Closes the open map and drops its key from memory; the window then shows the unlock screen. */
  lockNow: channel<void>()(empty),
  /** Purges stakeholders inactive for N days (or only their notes); a dry run only counts. */
  purgeInactive: channel<PurgeReport>()(
    z.strictObject({ mode: z.enum(['remove', 'notes']), inactiveDays: z.number().int().min(1).max(36_500), dryRun: z.boolean() }),
  ),
  /** Says what the open map's sharing is doing: not shared, synced, changes waiting, the relay unreachable and why, refused changes; with members and conflicts. */
  sharingStatus: channel<SharingStatus>()(empty),
  /** Makes the open map a shared map at the relay (its confidential people stay on this computer) and returns an invite for the named organizer. */
  shareMap: channel<SharedMapInvite>()(z.strictObject({ yourName: organizerName, relay: relayAddress, inviteName: organizerName })),
  /** Makes another invite to the open shared map, for the named organizer. */
  inviteOrganizer: channel<SharedMapInvite>()(z.strictObject({ name: organizerName })),
  /** Joins a shared map with an invite's words and the relay's address, saves it as a new map here and opens it. */
  joinSharedMap: channel<OpenedMap>()(z.strictObject({ invite: inviteWordsArg, relay: relayAddress })),
  /** Brings the others' changes into the open map, saved like any edit; null when the map already shows them all. */
  takeSharedChanges: channel<OpenedMap | null>()(empty),
  /** Settles one conflict ("Keep this one", or keep or remove a person removed while edited) and returns the map with it settled. */
  settleSharedConflict: channel<OpenedMap>()(settleArg),
  /** Undoes this organizer's own last change to the open shared map, for everyone, and returns the map then saved; refused in words, nothing changed, when someone changed one of its fields since. */
  undoSharedChange: channel<SharedUndo>()(empty),
  /** Tries the relay now instead of waiting for the next attempt. */
  syncSharedNow: channel<SharingStatus>()(empty),
  /** Removes an organizer: the shared map moves to a new key and database without them, the old one is deleted; returns a handover invite for each who stays. */
  removeSharedMember: channel<SharedMove>()(z.strictObject({ member: memberId })),
  /** Starts a clean copy: the shared map's current state alone under a new key and database, the old one deleted; returns a handover invite for each organizer. */
  startSharedCleanCopy: channel<SharedMove>()(empty),
  /** Follows the open shared map to the new copy named by a handover invite's words, carrying over this organizer's unsent changes. */
  followSharedMap: channel<SharingStatus>()(z.strictObject({ invite: inviteWordsArg })),
  /** Allows or stops anonymous placeholders (categories and stage only) for the open shared map's confidential people. */
  allowSharedPlaceholders: channel<SharingStatus>()(z.strictObject({ allowed: z.boolean() })),
  /** Puts a confidential person of the open shared map into a restricted record (its own key and relay database) and returns an invite to it for the named organizer. */
  shareRestrictedPerson: channel<RestrictedInvite>()(z.strictObject({ person: personId, name: organizerName })),
  /** Joins a restricted record of the open shared map with its invite's words and its relay address; its people then show here as confidential people. */
  joinRestrictedRecord: channel<SharingStatus>()(z.strictObject({ invite: inviteWordsArg, relay: relayAddress })),
  /** Puts another of this organizer's confidential people into a restricted record they are a member of (whoever started it). */
  addRestrictedPerson: channel<SharingStatus>()(z.strictObject({ record: restrictedRecordId, person: personId })),
  /** Another invite to a restricted record this organizer is a member of, for the named organizer. */
  inviteToRestrictedRecord: channel<RestrictedInvite>()(z.strictObject({ record: restrictedRecordId, name: organizerName })),
  /** Leaves a restricted record: its key and sealed changes leave this computer, and so do the people held only through it; returns the map without them. */
  leaveRestrictedRecord: channel<OpenedMap>()(z.strictObject({ record: restrictedRecordId })),
  /** Removes another organizer from a restricted record this organizer is a member of: the record moves to a new key the others get through the relay, and the removed one cannot read what follows. */
  removeFromRestrictedRecord: channel<RestrictedRemoval>()(z.strictObject({ record: restrictedRecordId, member: memberId })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type ChannelArgs<K extends ChannelName> = z.input<Contract[K]['args']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedChannelArgs<K extends ChannelName> = z.output<Contract[K]['args']>;
export type ChannelResult<K extends ChannelName> = Exclude<Contract[K]['result'], undefined>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** The IPC channel string for a contract function. */
export function ipcChannel(name: ChannelName): string {
  return `coalition:${name}`;
}

/** Commands the application menu sends to the window (main -> renderer). */
/** 'lock-now' is not a menu item: the main process sends it after locking on suspend or screen lock. */
export const MENU_COMMANDS = ['new-map', 'new-sample-map', 'open-map', 'save-map-as', 'undo', 'redo', 'fit-map', 'show-list', 'show-map', 'find', 'lock-now', 'show-shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'coalition:menu-command';
/** Main -> renderer: the user picked a map under File > Open recent; the message is its path. */
export const MENU_OPEN_RECENT_CHANNEL = 'coalition:menu-open-recent';

/** What the window sees as `window.coalition`: one function per channel, plus the menu subscription. */
export type CoalitionApi = {
  readonly [K in ChannelName]: (args: ChannelArgs<K>) => Promise<ChannelResult<K>>;
} & {
  /** Subscribes to menu commands; returns an unsubscribe function. Callbacks get only the command. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Subscribes to File > Open recent picks (the path goes to `openRecent`); returns an unsubscribe function. */
  readonly onMenuOpenRecent: (listener: (path: string) => void) => () => void;
};

/** The backend implements every channel; the IPC layer and the test bridge call it with parsed arguments. */
export type CoalitionBackend = {
  readonly [K in ChannelName]: (args: ParsedChannelArgs<K>) => Promise<ChannelResult<K>>;
};

export class InvalidPayloadError extends Error {}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hasReservedKey(value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (RESERVED_KEYS.has(key)) return true;
    if (hasReservedKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * Validates one call's argument against the contract: size cap, no prototype-polluting keys at any
 * depth, then the channel's strict schema. Used by the IPC layer and by the end-to-end bridge alike.
 */
export function parseChannelArgs<K extends ChannelName>(name: K, raw: unknown, serializedBytes: number): ParsedChannelArgs<K> {
  if (!Object.hasOwn(contract, name)) throw new InvalidPayloadError(`unknown channel "${String(name)}"`);
  if (serializedBytes > MAX_PAYLOAD_BYTES) throw new InvalidPayloadError(`payload for ${name} is too large (${serializedBytes} bytes)`);
  if (hasReservedKey(raw)) throw new InvalidPayloadError(`payload for ${name} has a reserved key (__proto__, constructor or prototype)`);
  const result = contract[name].args.safeParse(raw);
  if (!result.success) throw new InvalidPayloadError(`invalid payload for ${name}: ${describeSchemaError(result.error)}`);
  return result.data as ParsedChannelArgs<K>;
}

/** Largest serialized argument accepted on any channel (a 20,000-stakeholder map fits). */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
