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
