// The few file-system calls the store makes, behind a port so tests can inject faults (a full
// disk at write, at sync or at rename) without touching the real disk's behaviour elsewhere.
import * as fsp from 'node:fs/promises';
import { readRegularFile } from './read-regular';

/** An open file: enough to write it whole, flush it to the disk and close it. */
export interface FileHandlePort {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StatPort {
  readonly mode: number;
  readonly mtimeMs: number;
  /** Which file on its device: tells a file apart from another put at the same path since. */
  readonly ino: number;
  readonly size: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSymbolicLink(): boolean;
}

export interface FsPort {
  open(path: string, flags: string, mode?: number): Promise<FileHandlePort>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, created: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Returns the first folder it created, or undefined when all existed (like Node's recursive mkdir). */
  mkdir(path: string, mode: number): Promise<string | undefined>;
  chmod(path: string, mode: number): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<StatPort>;
  /** Like stat, but describes a symbolic link itself rather than what it points to. */
  lstat(path: string): Promise<StatPort>;
  /** The path with every symbolic link followed (ELOOP for a loop). */
  realpath(path: string): Promise<string>;
}

export const nodeFs: FsPort = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  // Never a plain read: a named pipe at the path would hang it (read-regular.ts).
  readFile: (path) => readRegularFile(path),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, created) => fsp.link(existing, created),
  unlink: (path) => fsp.unlink(path),
  mkdir: (path, mode) => fsp.mkdir(path, { recursive: true, mode }),
  chmod: (path, mode) => fsp.chmod(path, mode),
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  realpath: (path) => fsp.realpath(path),
};

/** The `code` of a Node system error, or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
