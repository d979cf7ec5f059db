// Vite's `?url` import: the worker file is emitted as an asset of our own origin and this is its address.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
