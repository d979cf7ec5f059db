/** Characters no file may hold on Windows or Linux, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Long enough for a document's name and case number, short enough for Windows paths. */
const MAX_TITLE = 80;

/** A job title made safe as part of a file name: forbidden characters become `_`, never empty, never `.` or `..`. */
export function safeTitle(title: string): string {
  const cleaned = [...title.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim()].slice(0, MAX_TITLE).join('');
  // Windows drops trailing dots and spaces; a name of dots only would walk out of the folder.
  const trimmed = cleaned.replace(/[. ]+$/, '').replace(/^\.+/, '');
  return trimmed === '' ? 'document' : trimmed;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `yyyyMMdd-HHmmss-SSS` in the PC's local time, so files sort in the order they were printed. */
export function jobStamp(at: Date): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `${date}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}-${pad(at.getMilliseconds(), 3)}`;
}

/** The file a job is written to; `attempt` > 1 when a file of that name already exists. */
export function pdfFileName(at: Date, title: string, attempt = 1): string {
  return `${jobStamp(at)}-${safeTitle(title)}${attempt > 1 ? `-${attempt}` : ''}.pdf`;
}
