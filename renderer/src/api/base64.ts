/** The bytes of base64 text the host sent (a PDF, an Excel report). */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
}

/** Saves bytes the host sent as base64 as a file in the browser's downloads. */
export function saveBase64File(base64: string, fileName: string, mimeType: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytesFromBase64(base64)], { type: mimeType }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
