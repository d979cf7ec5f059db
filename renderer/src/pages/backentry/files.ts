/** A scanned page picked on this PC: shown as a data: URL (the CSP allows no blob: images) and sent as its base64. */
export interface PickedScan {
  readonly fileName: string;
  readonly dataUrl: string;
}

export function readAsDataUrl(file: File): Promise<PickedScan> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ fileName: file.name, dataUrl: String(reader.result) });
    reader.onerror = () => reject(reader.error ?? new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}

export function scanFromBase64(fileName: string, mimeType: string, base64: string): PickedScan {
  return { fileName, dataUrl: `data:${mimeType};base64,${base64}` };
}

/** What the API takes for a scan: the data URL without its `data:…;base64,` head. */
export function scanUpload(scan: PickedScan): { fileName: string; contentBase64: string } {
  return { fileName: scan.fileName, contentBase64: scan.dataUrl.slice(scan.dataUrl.indexOf(',') + 1) };
}

/** Saves bytes the host sent as base64 (the dry run's Excel report) as a file in the browser's downloads. */
export function saveBase64File(base64: string, fileName: string, mimeType: string): void {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
