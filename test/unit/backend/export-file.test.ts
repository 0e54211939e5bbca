// Saving exports through the backend: the dialog's choice is written atomically with the bytes
// the window sent (text as UTF-8, binary formats from base64), the open map is never replaced
// (not by its own path nor through a link), a cancel writes nothing, and each export leaves an
// audit entry with counts and a hash only. Real temp folders, real files.
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/main/audit';
import type { PagePrinter } from '../../../electron/main/dialogs-port';
import { useBackends } from './use-backends';

const summary = { records: 4, ties: 0, leftOut: 1, redacted: 2 };
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n% a printed brief\n%%EOF\n');

describe('saveExportFile and saveBriefPdf', () => {
  const backends = useBackends();

  async function setup(printer?: PagePrinter) {
    const { dataDir, dialogs, api } = await backends.start(printer ? { printer } : {});
    const elsewhere = await backends.tempDir();
    const opened = await api.newMap({ name: 'Harbour Network', template: 'sample' });
    return { dataDir, elsewhere, dialogs, api, mapPath: opened.file.path };
  }

  async function auditLines(dataDir: string): Promise<Record<string, unknown>[]> {
    const text = await readFile(join(dataDir, 'audit.log'), 'utf8');
    return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  it('writes a text export where the user chose, and records counts and a hash in the audit log', async () => {
    const { dataDir, elsewhere, dialogs, api } = await setup();
    const target = join(elsewhere, 'recruitment.csv');
    dialogs.answerSave(target);
    const content = 'category,name\r\nFaith,Pastor Ruth Ávila\r\n';
    const saved = await api.saveExportFile({ suggestedFileName: 'recruitment.csv', format: 'csv', content, summary });
    expect(saved).toEqual({ path: target, warnings: [] });
    expect(dialogs.exports).toEqual(['csv:recruitment.csv']);
    expect(await readFile(target, 'utf8')).toBe(content);
    const [entry] = await auditLines(dataDir);
    expect(entry).toMatchObject({ action: 'export', recordCount: 4, fieldNames: ['csv'], fileHash: sha256Hex(new TextEncoder().encode(content)) });
    expect(JSON.stringify(entry)).not.toContain('recruitment');
  });

  it('decodes binary formats from base64 byte for byte, and refuses text that is not base64', async () => {
    const { elsewhere, dialogs, api } = await setup();
    const bytes = new Uint8Array(256).map((_, i) => i);
    const target = join(elsewhere, 'map.png');
    dialogs.answerSave(target).answerSave(join(elsewhere, 'bad.xlsx'));
    await api.saveExportFile({ suggestedFileName: 'map.png', format: 'png', content: Buffer.from(bytes).toString('base64'), summary });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    await expect(api.saveExportFile({ suggestedFileName: 'x.xlsx', format: 'xlsx', content: 'not base64!', summary })).rejects.toThrow(
      /did not arrive as base64/,
    );
    expect(await readdir(elsewhere)).toEqual(['map.png']);
  });

  it('writes nothing when the user cancels', async () => {
    const { elsewhere, dialogs, api } = await setup();
    dialogs.answerSave(null);
    await expect(api.saveExportFile({ suggestedFileName: 'ties.csv', format: 'csv', content: 'a', summary })).resolves.toBeNull();
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('refuses to write over the open map, by its path or through a link, and leaves it byte-identical', async () => {
    const { elsewhere, dialogs, api, mapPath } = await setup();
    const before = await readFile(mapPath);
    const link = join(elsewhere, 'link.json');
    await symlink(mapPath, link);
    dialogs.answerSave(mapPath).answerSave(link);
    const args = { suggestedFileName: 'map.json', format: 'json' as const, content: '{}', summary };
    await expect(api.saveExportFile(args)).rejects.toThrow(/is the open map; an export never replaces it/);
    await expect(api.saveExportFile(args)).rejects.toThrow(/is the open map/);
    expect(await readFile(mapPath)).toEqual(before);
  });

  it('replaces an unrelated file the user confirmed in the system dialog', async () => {
    const { elsewhere, dialogs, api } = await setup();
    const target = join(elsewhere, 'old.svg');
    await writeFile(target, 'old');
    dialogs.answerSave(target);
    await api.saveExportFile({ suggestedFileName: 'map.svg', format: 'svg', content: '<svg/>', summary });
    expect(await readFile(target, 'utf8')).toBe('<svg/>');
  });

  it('prints the brief with the page size asked for, after the user chose where, and writes the PDF', async () => {
    const sizes: string[] = [];
    const printer: PagePrinter = {
      printToPdf: (size) => {
        sizes.push(size);
        return Promise.resolve(PDF_BYTES);
      },
    };
    const { dataDir, elsewhere, dialogs, api, mapPath } = await setup(printer);
    dialogs.answerSave(null).answerSave(mapPath).answerSave(join(elsewhere, 'brief.pdf'));
    await expect(api.saveBriefPdf({ suggestedFileName: 'brief.pdf', pageSize: 'Letter', summary })).resolves.toBeNull();
    await expect(api.saveBriefPdf({ suggestedFileName: 'brief.pdf', pageSize: 'Letter', summary })).rejects.toThrow(/open map/);
    expect(sizes).toEqual([]);
    const saved = await api.saveBriefPdf({ suggestedFileName: 'brief.pdf', pageSize: 'Letter', summary });
    expect(saved?.path).toBe(join(elsewhere, 'brief.pdf'));
    expect(sizes).toEqual(['Letter']);
    expect(new Uint8Array(await readFile(join(elsewhere, 'brief.pdf')))).toEqual(PDF_BYTES);
    expect((await auditLines(dataDir)).map((e) => e['fieldNames'])).toEqual([['pdf']]);
  });

  it('says it cannot print when the backend has no printer (the CLI)', async () => {
    const { api } = await setup();
    await expect(api.saveBriefPdf({ suggestedFileName: 'brief.pdf', pageSize: 'A4', summary })).rejects.toThrow(/cannot print/);
  });
});
