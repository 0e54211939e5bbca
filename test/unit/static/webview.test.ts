// Checklist items 1, 11 and 12 in the source itself: no <webview> anywhere (so allowpopups and
// webview options cannot arise), and no window is pointed at a remote address.
import { describe, expect, it } from 'vitest';
import { findLines, sourceFiles } from './source-files';

const app = sourceFiles('electron', 'renderer', 'shared', 'bin');

describe('no remote or embedded content', () => {
  it("no <webview> element and no allowpopups in the app's source", () => {
    const webview = /<webview\b|createElement\(\s*['"`]webview|\ballowpopups\b/i;
    expect(webview.test('<webview src="https://example.org" allowpopups></webview>')).toBe(true);
    expect(webview.test("document.createElement('webview')")).toBe(true);
    expect(webview.test('webviewTag: false,')).toBe(false);
    // Comments may say there are no webviews; only code counts.
    const inCode = findLines(app, webview).filter((hit) => !/^[^:]+:\d+:\s*(\/\/|\*|\/\*)/.test(hit));
    expect(inCode).toEqual([]);
  });

  it('no window loads a remote http: or https: address', () => {
    const remoteLoad = /\.loadURL\(\s*['"`]https?:/;
    expect(remoteLoad.test("window.loadURL('https://example.org')")).toBe(true);
    expect(remoteLoad.test('window.loadURL(startUrl)')).toBe(false);
    expect(findLines(sourceFiles('electron'), remoteLoad)).toEqual([]);
  });
});
