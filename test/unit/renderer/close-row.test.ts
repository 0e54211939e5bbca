// The dialogs' shared last rows: CloseRow (a dialog's one way out) and FailureAlert (what went
// wrong, read out), rendered as the dialogs that use them need them.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CloseRow } from '../../../renderer/src/views/CloseRow';
import { FailureAlert } from '../../../renderer/src/views/sharing/DialogFooter';

const close = () => undefined;

describe('CloseRow', () => {
  it('is a plain Close button in the dialog actions by default', () => {
    expect(renderToStaticMarkup(createElement(CloseRow, { onClose: close }))).toBe('<div class="dialog-actions"><button type="button">Close</button></div>');
  });

  it('can be the primary "Done" of a dialog that ends on a result', () => {
    expect(renderToStaticMarkup(createElement(CloseRow, { onClose: close, label: 'Done', primary: true }))).toBe(
      '<div class="dialog-actions"><button type="button" class="primary">Done</button></div>',
    );
  });
});

describe('FailureAlert', () => {
  it('says nothing while all is well, and the failure as an alert once there is one', () => {
    expect(renderToStaticMarkup(createElement(FailureAlert, { error: null }))).toBe('');
    expect(renderToStaticMarkup(createElement(FailureAlert, { error: 'The relay did not answer.' }))).toBe('<p class="field-error" role="alert">The relay did not answer.</p>');
  });
});
