import type { Correction } from './layout';

/** Where the calibration page prints its two crosses (mm from the sheet's top-left corner). */
export const CALIBRATION_MARKS = { topLeft: { x: 20, y: 20 }, bottomRight: { x: 190, y: 277 } } as const;

/**
 * The correction that cancels what the printer did. The printer put a mark meant for p at a = p·s + o (per axis),
 * so drawing at (t − o)/s lands on t: the correction's scale is 1/s and its offset −o/s.
 */
export function correctionFromMeasurement(measured: { topLeft: { x: number; y: number }; bottomRight: { x: number; y: number } }): Correction {
  const { topLeft: p1, bottomRight: p2 } = CALIBRATION_MARKS;
  const sx = (measured.bottomRight.x - measured.topLeft.x) / (p2.x - p1.x);
  const sy = (measured.bottomRight.y - measured.topLeft.y) / (p2.y - p1.y);
  const ox = measured.topLeft.x - p1.x * sx;
  const oy = measured.topLeft.y - p1.y * sy;
  const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
  return { scaleX: round(1 / sx, 5), scaleY: round(1 / sy, 5), offsetX: round(-ox / sx, 2), offsetY: round(-oy / sy, 2) };
}
