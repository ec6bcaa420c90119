import { z } from 'zod';
import type { Language } from '../core/languages';
import { MONTHS_BY_LANGUAGE } from './fact-time';

/**
 * When the event a fact tells of happened, for the timeline: a year ("2016"), a month
 * ("2023-03"), a day ("2024-01-01"), or a span of two of these written start/end as in
 * ISO 8601 ("2014/2017"). Distinct from as_of, the date the fact holds for.
 */
const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const FACT_DATE_HINT = 'YYYY, YYYY-MM, YYYY-MM-DD, or a span start/end such as 2014/2017';
export const FACT_DATE_HINT_NL = 'JJJJ, JJJJ-MM, JJJJ-MM-DD of een periode begin/eind, zoals 2014/2017';

export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
}

export interface FactDate {
  start: DatePoint;
  end?: DatePoint;
}

function parsePoint(text: string): DatePoint | undefined {
  const match = POINT.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const point: DatePoint = { year: Number(year) };
  if (month !== undefined) point.month = Number(month);
  if (day !== undefined) point.day = Number(day);
  if (point.month !== undefined && (point.month < 1 || point.month > 12)) return undefined;
  if (point.day !== undefined) {
    const check = new Date(Date.UTC(point.year, point.month! - 1, point.day));
    if (check.getUTCDate() !== point.day) return undefined;
  }
  return point;
}

/** A sortable key: the first day the point covers. */
export function pointKey(point: DatePoint): string {
  return `${String(point.year).padStart(4, '0')}-${String(point.month ?? 1).padStart(2, '0')}-${String(point.day ?? 1).padStart(2, '0')}`;
}

/** Parses a date in the format above; undefined when it is not one. */
export function parseFactDate(text: string): FactDate | undefined {
  const parts = text.trim().split('/');
  if (parts.length > 2) return undefined;
  const start = parsePoint(parts[0]!);
  if (!start) return undefined;
  if (parts.length === 1) return { start };
  const end = parsePoint(parts[1]!);
  if (!end || pointKey(end) <= pointKey(start)) return undefined;
  return { start, end };
}

export const FactDateSchema = z
  .string()
  .trim()
  .refine((value) => parseFactDate(value) !== undefined, `must be a date: ${FACT_DATE_HINT}, the end after the start`);

/** "2016", "March 2023", "1 January 2024", "2014–2017" (in Dutch "maart 2023", "1 januari 2024"). */
export function factDateLabel(date: FactDate, language: Language = 'en'): string {
  const months = MONTHS_BY_LANGUAGE[language];
  const point = (value: DatePoint) =>
    value.day !== undefined ? `${value.day} ${months[value.month! - 1]} ${value.year}` : value.month !== undefined ? `${months[value.month - 1]} ${value.year}` : String(value.year);
  if (!date.end) return point(date.start);
  return `${point(date.start)}–${point(date.end)}`;
}
