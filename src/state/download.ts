/** Offers text as a file download, from memory: nothing leaves the browser. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the object URL; it can be released once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
