// Every keyboard shortcut, in one list: the `?` dialog shows it, and the map's key handling and the
// app's commands are written to match it.
export interface Shortcut {
  readonly keys: string;
  readonly does: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: '?', does: 'Show this list of shortcuts' },
      { keys: 'Ctrl+F', does: 'Find a stakeholder' },
      { keys: 'Ctrl+Z', does: 'Undo' },
      { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo' },
      { keys: 'Ctrl+Shift+P', does: 'Presentation mode on or off' },
      { keys: 'Ctrl+1 and Ctrl+2', does: 'Show the map, show the list' },
      { keys: 'Escape', does: 'Close a dialog or menu; focus returns to what opened it' },
    ],
  },
  {
    title: 'On the map (Tab into it)',
    shortcuts: [
      { keys: 'Arrow keys', does: 'Move to the nearest stakeholder in that direction' },
      { keys: 'Enter', does: 'Open the stakeholder in the panel' },
      { keys: 'Space', does: 'Choose or unchoose the stakeholder for a bulk change' },
      { keys: 'N', does: 'Show only the stakeholder and their direct ties, or everyone again' },
      { keys: '1, 2 or 3', does: 'Show only the stakeholder and everyone within that many ties' },
      { keys: 'Shift+Arrow keys', does: 'Pan the map' },
      { keys: '+ and -', does: 'Zoom in and out' },
      { keys: '0', does: 'Fit the whole map' },
      { keys: 'Escape', does: 'Leave the map' },
    ],
  },
  {
    title: 'With the mouse on the map',
    shortcuts: [
      { keys: 'Click', does: 'Open a stakeholder (the map stays where it is)' },
      { keys: 'Shift+Click', does: 'Choose or unchoose a stakeholder for a bulk change' },
      { keys: 'Shift+Drag on empty space', does: 'Draw a lasso: everyone inside it is chosen' },
      { keys: 'Drag', does: 'Move a stakeholder, or pan from empty space' },
      { keys: 'Wheel', does: 'Zoom about the pointer' },
    ],
  },
];
