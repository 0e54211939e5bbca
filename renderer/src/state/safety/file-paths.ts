// Where a file lives says who the user is (C:\Users\amira\..., /home/amira/...): while presenting,
// sentences show the file's name only.

// An absolute path: a drive or a leading slash, then folders, then the file name (no spaces inside
// a folder name are assumed, since a sentence goes on after the path with a space).
const ABSOLUTE_PATH = /(?:[A-Za-z]:[\\/]|(?<![\w.])[\\/])(?:[^\\/\s]+[\\/])*([^\\/\s]+?)(?=[.,;:)]?(?:\s|$))/g;

/** The sentence with every absolute path replaced by its last part (the file name). */
export function withFileNamesOnly(text: string): string {
  return text.replace(ABSOLUTE_PATH, (_path, name: string) => name);
}
