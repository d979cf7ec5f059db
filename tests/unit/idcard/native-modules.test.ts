import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { systemReaderSource } from '../../../main/devices/idcard';

const require = createRequire(import.meta.url);

describe('the native USB modules', () => {
  it("require('node-hid') loads and can list HID devices (needs libusb-1.0-0 and libudev1)", () => {
    const hid = require('node-hid') as typeof import('node-hid');
    expect(typeof hid.devicesAsync).toBe('function');
    expect(Array.isArray(hid.devices())).toBe(true);
  });

  it("require('serialport') loads and can list ports", async () => {
    const { SerialPort } = require('serialport') as typeof import('serialport');
    expect(Array.isArray(await SerialPort.list())).toBe(true);
  });

  it('scanning this PC answers with a list, empty where no reader is attached', async () => {
    const readers = await systemReaderSource().enumerate();
    expect(Array.isArray(readers)).toBe(true);
  });
});
