import { describe, expect, it } from 'vitest';
import { jobOutcome, jobWords, printerInfo, printerRefusal, printerWords, texts } from '../../../main/devices/printing/printers/ipp-reasons';

describe('reading what CUPS says about a printer', () => {
  it('maps CUPS printer states and marks the default printer', () => {
    const attrs = { 'printer-name': 'Epson_LQ', 'printer-state': 'processing', 'printer-state-message': '', 'printer-state-reasons': 'none', 'printer-is-accepting-jobs': true };
    expect(printerInfo(attrs, 'Epson_LQ')).toEqual({ name: 'Epson_LQ', kind: 'cups', isDefault: true, state: 'printing', message: null });
    expect(printerInfo({ ...attrs, 'printer-state': 'idle' }, null)).toMatchObject({ isDefault: false, state: 'idle' });
    expect(printerInfo({ ...attrs, 'printer-state': 'stopped' }, null).state).toBe('stopped');
    expect(printerInfo({ ...attrs, 'printer-state': 9 }, null).state).toBe('unknown');
  });

  it('gives the printer\'s own message first, then its reasons, without "none" or repeats', () => {
    expect(printerWords({ 'printer-state-message': 'Out of paper', 'printer-state-reasons': ['media-empty-error', 'paused', 'media-empty-error'] }))
      .toBe('Out of paper; media-empty-error; paused');
    expect(printerWords({ 'printer-state-message': '', 'printer-state-reasons': 'none' })).toBeNull();
    // A textWithLanguage value comes from the ipp package as language, U+001E, text.
    expect(texts('zh-cn\u001e缺纸')).toEqual(['缺纸']);
    expect(texts(undefined)).toEqual([]);
  });

  it('refuses a stopped printer or one not accepting jobs, in its own words, and passes a working one', () => {
    expect(printerRefusal({ 'printer-state': 'idle', 'printer-is-accepting-jobs': true, 'printer-state-reasons': 'none' })).toBeNull();
    expect(printerRefusal({ 'printer-state': 'processing', 'printer-is-accepting-jobs': true })).toBeNull();
    expect(printerRefusal({ 'printer-state': 'stopped', 'printer-state-message': 'Paper jam', 'printer-state-reasons': 'paused' })).toBe('Paper jam; paused');
    expect(printerRefusal({ 'printer-state': 'idle', 'printer-is-accepting-jobs': false, 'printer-state-message': 'Rejecting Jobs' })).toBe('Rejecting Jobs');
    // Nothing said at all: the attribute that refuses is named, not a made-up text.
    expect(printerRefusal({ 'printer-state': 'stopped', 'printer-state-reasons': 'none' })).toBe('printer-state: stopped');
    expect(printerRefusal({ 'printer-state': 'idle', 'printer-is-accepting-jobs': false })).toBe('printer-is-accepting-jobs: false');
  });
});

describe('reading where a print job stands', () => {
  it('a completed job is done, with what the printer last said', () => {
    expect(jobOutcome({ 'job-state': 'completed', 'job-state-reasons': 'job-completed-successfully', 'job-printer-state-message': '' })).toEqual({ kind: 'completed', detail: null });
    expect(jobOutcome({ 'job-state': 'completed', 'job-printer-state-message': 'Ready to print.' })).toEqual({ kind: 'completed', detail: 'Ready to print.' });
  });

  it('an aborted or cancelled job failed, with the printer\'s message and the job\'s reasons; CUPS already ended it', () => {
    const aborted = { 'job-state': 'aborted', 'job-state-reasons': 'aborted-by-system', 'job-printer-state-message': 'Unable to open device "usb://Epson"' };
    expect(jobOutcome(aborted)).toEqual({ kind: 'failed', reason: 'Unable to open device "usb://Epson"; aborted-by-system', live: false });
    expect(jobOutcome({ 'job-state': 'canceled', 'job-state-reasons': 'processing-to-stop-point', 'job-printer-state-message': '' }))
      .toEqual({ kind: 'failed', reason: '打印任务被取消（job-state: canceled）', live: false });
  });

  it('a job held or stopped with its printer failed but still sits in the queue', () => {
    expect(jobOutcome({ 'job-state': 'processing-stopped', 'job-printer-state-message': 'Waiting for printer', 'job-printer-state-reasons': ['paused'] }))
      .toEqual({ kind: 'failed', reason: 'Waiting for printer; paused', live: true });
    expect(jobOutcome({ 'job-state': 'pending-held', 'job-state-reasons': 'job-hold-until-specified' }))
      .toEqual({ kind: 'failed', reason: 'job-hold-until-specified', live: true });
    expect(jobOutcome({ 'job-state': 'pending', 'job-state-reasons': ['printer-stopped'], 'job-printer-state-message': 'Paper jam' }))
      .toEqual({ kind: 'failed', reason: 'Paper jam; printer-stopped', live: true });
  });

  it('a job pending or printing normally is still on its way', () => {
    expect(jobOutcome({ 'job-state': 'pending', 'job-state-reasons': 'none' })).toEqual({ kind: 'waiting', reason: '打印任务仍在排队（job-state: pending）' });
    expect(jobOutcome({ 'job-state': 'processing', 'job-state-reasons': 'job-printing', 'job-printer-state-message': 'Printing page 1' }))
      .toEqual({ kind: 'waiting', reason: 'Printing page 1' });
  });

  it('a job CUPS says nothing about still gets a reason naming its state', () => {
    expect(jobWords({})).toBe('打印任务状态未知（job-state: unknown）');
  });
});
