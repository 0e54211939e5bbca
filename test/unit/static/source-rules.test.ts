// Static rules over the app's own source (SEC-1, SEC-5, SEC-7, SEC-12, PRIV-1, DUR-12): things that
// must never appear, or appear in exactly one reviewed file. Each failure lists file:line.
import { describe, expect, it } from 'vitest';
import { findLines, sourceFiles } from './source-files';

const app = sourceFiles('electron', 'renderer', 'shared', 'bin');
const electronSide = sourceFiles('electron');

function outside(files: ReturnType<typeof sourceFiles>, allowed: string) {
  return files.filter((f) => f.path !== allowed);
}

describe('the static scan itself', () => {
  it('sees the files it is meant to check', () => {
    const paths = app.map((f) => f.path);
    expect(paths).toContain('electron/main/window.ts');
    expect(paths).toContain('electron/preload/index.ts');
    expect(paths).toContain('shared/ipc.ts');
    expect(paths.some((p) => p.startsWith('renderer/'))).toBe(true);
  });
});

describe('no dynamic code or raw HTML (SEC-12)', () => {
  // [name, pattern, a line it must catch, a harmless line it must let through]
  const rules: Array<[string, RegExp, string, string]> = [
    ['new Function(', /\bnew\s+Function\s*\(/, 'const f = new Function("return 1");', 'const f = makeFunction();'],
    ['eval(', /(^|[^\w$.])eval\s*\(/, 'return eval(code);', 'const r = retrieval(x); evaluate(y);'],
    ['webFrame.executeJavaScript', /executeJavaScript/, 'webFrame.executeJavaScript(src)', 'webFrame.setZoomFactor(1)'],
    ['vm.runIn*', /\bvm\.runIn|\brunIn(New|This)?Context\s*\(/, 'vm.runInThisContext(src)', 'const vm = viewModel;'],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/, '<div dangerouslySetInnerHTML={x} />', '<div>{x}</div>'],
    ['innerHTML/outerHTML assignment', /\.(inner|outer)HTML\s*=/, 'el.innerHTML = name;', 'el.textContent = name;'],
    ['insertAdjacentHTML / document.write', /insertAdjacentHTML|document\.write\s*\(/, 'document.write(x)', 'document.title = x'],
  ];
  for (const [name, pattern, bad, harmless] of rules) {
    it(`no ${name} in electron/, renderer/, shared/, bin/`, () => {
      expect(pattern.test(bad), 'the rule catches what it names').toBe(true);
      expect(pattern.test(harmless), 'the rule lets ordinary code through').toBe(false);
      expect(findLines(app, pattern)).toEqual([]);
    });
  }
});

describe('one reviewed file per sensitive API', () => {
  it('ipcMain appears only in electron/main/ipc.ts (SEC-7)', () => {
    expect(findLines(outside(app, 'electron/main/ipc.ts'), /\bipcMain\b/)).toEqual([]);
  });

  it('ipcRenderer appears only in electron/preload/index.ts (SEC-8)', () => {
    expect(findLines(outside(app, 'electron/preload/index.ts'), /\bipcRenderer\b/)).toEqual([]);
  });

  it('no synchronous IPC anywhere (SEC-7)', () => {
    expect(findLines(app, /\bsendSync\b/)).toEqual([]);
  });

  it('new BrowserWindow( and webPreferences appear only in electron/main/window.ts (SEC-1)', () => {
    const elsewhere = electronSide.filter((f) => f.path !== 'electron/main/window.ts');
    expect(findLines(elsewhere, /new\s+BrowserWindow\s*\(|webPreferences/)).toEqual([]);
    expect(findLines(app, /new\s+(BrowserView|WebContentsView)\s*\(/)).toEqual([]);
  });
});

describe('content comes from the app scheme, never file:// (SEC-5)', () => {
  it('no loadFile( and no quoted file: URL under electron/', () => {
    expect(findLines(electronSide, /\bloadFile\s*\(|['"`]file:/)).toEqual([]);
  });
});

describe('nothing phones home (PRIV-1)', () => {
  it('no crash reporter and no auto-updater', () => {
    expect(findLines(app, /crashReporter|autoUpdater|electron-updater/)).toEqual([]);
  });

  it('the Node side imports no network module and no Electron net', () => {
    expect(findLines(electronSide, /from\s+['"](node:)?(http|https|http2|net|tls|dgram|undici)['"]/)).toEqual([]);
    expect(findLines(electronSide, /require\(\s*['"](node:)?(http|https|http2|net|tls|dgram|undici)['"]\s*\)/)).toEqual([]);
    const electronImports = electronSide.flatMap((f) =>
      [...f.text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]electron['"]/g)].map((m) => `${f.path}: ${m[1]}`),
    );
    expect(electronImports.filter((names) => /\bnet\b/.test(names.split(': ')[1] ?? ''))).toEqual([]);
  });

  it('the Node side and shared/ call fetch only in the sharing relay client, which sends sealed changes to the relay the user joined', () => {
    const files = outside([...electronSide, ...sourceFiles('shared')], 'electron/main/sync/couch-relay.ts');
    expect(findLines(files, /(^|[^\w$.])fetch\s*\(|\bnet\.fetch\b/)).toEqual([]);
  });
});

describe('storage touches the real disk (DUR-12)', () => {
  it('no JSONFilePreset (it silently keeps data in memory under test)', () => {
    expect(findLines(app, /JSONFilePreset/)).toEqual([]);
  });
});
