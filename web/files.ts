/**
 * Files in and out
 *
 * Opening a graph file (picker and drag-and-drop anywhere on the page), the paste-text dialog, and
 * text downloads (JSON, GEXF; the PNG is export.ts'). Reading and parsing are the caller's: this file only moves text
 * and blobs between the browser and the app.
 */

import { byId } from './dom.ts';

/** Largest graph file the page reads (the parser holds it in memory twice). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function attachFileOpen(onFile: (file: File) => void): void {
  const input = byId<HTMLInputElement>('file-input');
  // A real button opens the hidden picker, so "Open file" is reachable by Tab and Enter.
  byId('file-open').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  const overlay = byId('drop-overlay');
  let depth = 0;
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}

export function attachPaste(onText: (text: string, merge: boolean) => void): void {
  const dialog = byId<HTMLDialogElement>('paste-dialog');
  const text = byId<HTMLTextAreaElement>('paste-text');
  const merge = byId<HTMLInputElement>('paste-merge');
  byId('paste-open').addEventListener('click', () => {
    dialog.showModal();
    text.focus();
  });
  byId('paste-cancel').addEventListener('click', () => dialog.close());
  byId('paste-build').addEventListener('click', () => {
    const value = text.value;
    if (!value.trim()) {
      text.focus();
      return;
    }
    dialog.close();
    onText(value, merge.checked);
  });
}

/** Saves `content` as a download named `name`. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
