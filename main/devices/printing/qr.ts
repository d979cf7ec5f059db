import QRCode from 'qrcode';

/** The dark modules of a QR code (error correction M: a booklet gets scuffed), row by row. */
export function qrModules(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  return { size, dark: (row, col) => data[row * size + col] === 1 };
}
