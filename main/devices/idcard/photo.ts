import { systemClock, type Clock } from './clock';

/**
 * The WLT photo's decoder is licensed by the card authority and not public: an office that has one
 * installs it as a module exporting a PhotoDecoder, named in the settings. Without one the photo
 * stays as its 1024 bytes and the screen says it was not decoded.
 */
export interface DecodedPhoto {
  readonly mime: 'image/bmp' | 'image/png' | 'image/jpeg';
  readonly data: Uint8Array;
}

export interface PhotoDecoder {
  readonly name: string;
  decode(wlt: Uint8Array): Promise<DecodedPhoto>;
}

export type PhotoOutcome = { readonly photoDecoded: false; readonly reason: string } | { readonly photoDecoded: true; readonly image: DecodedPhoto };

/** A vendor decoder is foreign code: it gets a bounded time, and its failure only means "not decoded". */
export async function decodePhoto(decoder: PhotoDecoder | null, wlt: Uint8Array, clock: Clock = systemClock, timeoutMs = 2000): Promise<PhotoOutcome> {
  if (!decoder) return { photoDecoded: false, reason: '未安装照片解码模块' };
  let cancel = () => {};
  const late = new Promise<PhotoOutcome>((resolve) => {
    cancel = clock.setTimer(timeoutMs, () => resolve({ photoDecoded: false, reason: `照片解码超过 ${timeoutMs} 毫秒` }));
  });
  const decoded = decoder.decode(wlt).then(
    (image): PhotoOutcome => ({ photoDecoded: true, image }),
    (err: unknown): PhotoOutcome => ({ photoDecoded: false, reason: `照片解码失败：${err instanceof Error ? err.message : String(err)}` }),
  );
  try {
    return await Promise.race([decoded, late]);
  } finally {
    cancel();
  }
}

/** The vendor decoder from a module path in the settings; null (and why) when it is missing or not a decoder. */
export async function loadPhotoDecoder(specifier: string): Promise<{ decoder: PhotoDecoder | null; problem?: string }> {
  try {
    const mod = (await import(specifier)) as { default?: unknown; photoDecoder?: unknown };
    const candidate = (mod.photoDecoder ?? mod.default) as Partial<PhotoDecoder> | undefined;
    if (candidate && typeof candidate.decode === 'function' && typeof candidate.name === 'string') return { decoder: candidate as PhotoDecoder };
    return { decoder: null, problem: `${specifier} exports no PhotoDecoder ({ name, decode })` };
  } catch (err) {
    return { decoder: null, problem: `${specifier}: ${err instanceof Error ? err.message : String(err)}` };
  }
}
