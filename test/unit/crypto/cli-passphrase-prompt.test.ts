// The command line asks a terminal for the passphrase of an encrypted map, without echo; a script
// (stdin not a terminal) keeps getting the clear refusal. Fake streams stand in for the terminal.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { codecForMap, promptHidden, terminalPrompt } from '../../../electron/cli/passphrase';
import { createPassphraseCodec } from '../../../electron/main/crypto';
import { createMapFile, readMapFile } from '../../../electron/main/store';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryMap } from './helpers/canary';

const PASS = 'correct horse battery';

function fakeTerminal(): { input: PassThrough & { isTTY: boolean }; output: PassThrough; shown: () => string } {
  const input = Object.assign(new PassThrough(), { isTTY: true });
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { input, output, shown: () => Buffer.concat(chunks).toString('utf8') };
}

describe('promptHidden', () => {
  it('returns the typed line and shows only the question, never the passphrase', async () => {
    const { input, output, shown } = fakeTerminal();
    const answer = promptHidden('Passphrase: ', { input, output });
    input.write('corr');
    input.write('ect horse battery\r');
    await expect(answer).resolves.toBe(PASS);
    expect(shown()).toBe('Passphrase: \n');
  });

  it('applies backspace without echoing either version', async () => {
    const { input, output, shown } = fakeTerminal();
    const answer = promptHidden('Passphrase: ', { input, output });
    input.write('secreX\x7ft\n');
    await expect(answer).resolves.toBe('secret');
    expect(shown()).not.toMatch(/secre/);
  });

  it('gives up on Ctrl-C and on end of input instead of hanging', async () => {
    const interrupted = fakeTerminal();
    const first = promptHidden('Passphrase: ', interrupted);
    interrupted.input.write('half\x03');
    await expect(first).rejects.toThrow(/cancelled/);
    expect(interrupted.shown()).not.toContain('half');
    const ended = fakeTerminal();
    const second = promptHidden('Passphrase: ', ended);
    ended.input.end();
    await expect(second).rejects.toThrow(/cancelled/);
  });
});

describe('codecForMap prompting', () => {
  const tempDir = useTempDirs();

  async function encryptedMap(): Promise<{ path: string; before: Buffer }> {
    const path = join(await tempDir(), 'secret.coalition.json');
    await createMapFile(path, canaryMap(2), { codec: await createPassphraseCodec(PASS) });
    return { path, before: await readFile(path) };
  }

  it('asks a terminal when no passphrase variable is set, and the answer opens the map', async () => {
    const { path } = await encryptedMap();
    const { input, output, shown } = fakeTerminal();
    const prompt = terminalPrompt(input, output);
    expect(prompt).not.toBeNull();
    const codec = codecForMap(path, null, prompt);
    await new Promise((resolve) => setImmediate(resolve));
    input.write(`${PASS}\n`);
    const map = await readMapFile(path, { codec: await codec });
    expect(map.stakeholders).toHaveLength(canaryMap(2).stakeholders.length);
    expect(shown()).toBe('Passphrase for secret.coalition.json: \n');
  });

  it('refuses clearly when stdin is not a terminal, leaving the map as it was', async () => {
    const { path, before } = await encryptedMap();
    const piped = Object.assign(new PassThrough(), { isTTY: false });
    expect(terminalPrompt(piped, new PassThrough())).toBeNull();
    expect(terminalPrompt(new PassThrough(), new PassThrough())).toBeNull();
    await expect(codecForMap(path, null, null)).rejects.toThrow(/this map is encrypted; set COALITION_PASSPHRASE/);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('treats an empty answer as no passphrase, and a wrong one as wrong', async () => {
    const { path } = await encryptedMap();
    await expect(codecForMap(path, null, async () => '')).rejects.toThrow(/this map is encrypted/);
    await expect(codecForMap(path, null, async () => 'not it')).rejects.toThrow(/passphrase is wrong/);
  });

  it('does not prompt when the passphrase came from the environment', async () => {
    const { path } = await encryptedMap();
    const asked: string[] = [];
    const codec = await codecForMap(path, PASS, async (question) => {
      asked.push(question);
      return '';
    });
    expect(codec).not.toBeNull();
    expect(asked).toEqual([]);
  });
});
