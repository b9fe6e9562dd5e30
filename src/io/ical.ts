/**
 * iCalendar files (RFC 5545) of dated work: each entry an all-day event, which every
 * calendar app shows (many ignore to-dos). An entry's UID is its record's id, so importing
 * a newer export updates the events instead of adding copies.
 */
import { addDays } from '../domain/dates.ts';

export interface CalendarEntry {
  /** Stable across exports: the id of the record it stands for. */
  uid: string;
  /** The calendar day, YYYY-MM-DD. */
  day: string;
  summary: string;
  description?: string;
}

/** Text as a property value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets folded with CRLF and a space, never inside a UTF-8 character (§3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation starts with a space, leaving 74.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDay = (day: string) => day.replaceAll('-', '');

/** The file's text. `stamp` is the export's moment (DTSTAMP), an ISO instant. */
export function calendarFile(name: string, entries: readonly CalendarEntry[], stamp: string): string {
  const dtstamp = `${stamp.slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Turbine//Turbine planner//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}@turbine`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDay(e.day)}`,
      `DTEND;VALUE=DATE:${compactDay(addDays(e.day, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
