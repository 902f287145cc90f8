import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toPlainData } from '../../src/outputs/archive-export.ts';
import { toCsv } from '../../src/outputs/csv.ts';
import { toICalTimes } from '../../src/outputs/ical-times.ts';
import { serializeJsonLd } from '../../src/outputs/json-ld/serialize.ts';
import { toOpenGraphLocale } from '../../src/outputs/open-graph.ts';
import { createRobotsTxt } from '../../src/outputs/robots.ts';

describe('JSON-LD serialisation', () => {
  it('escapes what HTML or old JavaScript would act on, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const json = serializeJsonLd(data);
    expect(json).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029"}',
    );
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes or line breaks, ends lines with CRLF, and round-trips', () => {
    const rows = [
      ['plain', 'a, b', 'say "hi"'],
      ['line\nbreak', undefined, 3],
    ];
    const text = toCsv(['x', 'y', 'z'], rows);
    expect(text).toBe('x,y,z\r\nplain,"a, b","say ""hi"""\r\n"line\nbreak",,3\r\n');
    expect(parse(text)).toEqual([
      ['x', 'y', 'z'],
      ['plain', 'a, b', 'say "hi"'],
      ['line\nbreak', '', '3'],
    ]);
  });
});

describe('iCalendar times', () => {
  it('makes a date-only event all-day, ending the day after, across a year end', () => {
    expect(toICalTimes({ start: '2019-12-30', end: '2019-12-31' })).toEqual({
      allDay: true,
      start: new Date('2019-12-30T00:00:00Z'),
      end: new Date('2020-01-01T00:00:00Z'),
    });
  });

  it('converts wall-clock times from the event zone, in winter and in summer', () => {
    const times = (start: string) =>
      toICalTimes({ start, startTime: '13:00', endTime: '14:30', timeZone: 'Europe/Berlin' });
    expect(times('2020-11-17')).toMatchObject({
      allDay: false,
      start: new Date('2020-11-17T12:00:00Z'),
      end: new Date('2020-11-17T13:30:00Z'),
    });
    expect(times('2020-07-01').start).toEqual(new Date('2020-07-01T11:00:00Z'));
  });

  it('uses the zone rules in force at the time: Mexico City still had summer time in 2015', () => {
    const times = toICalTimes({
      start: '2015-09-28',
      startTime: '09:00',
      timeZone: 'America/Mexico_City',
    });
    expect(times.start).toEqual(new Date('2015-09-28T14:00:00Z'));
    expect(times.end).toBeUndefined();
  });
});

describe('small outputs', () => {
  it('writes Open Graph locales as language_TERRITORY', () => {
    expect(['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru'].map(toOpenGraphLocale)).toEqual([
      'en_US',
      'fr_FR',
      'es_ES',
      'ar_EG',
      'zh_CN',
      'ru_RU',
    ]);
  });

  it('points robots.txt to the sitemap under the base path', () => {
    expect(createRobotsTxt('https://example.org', '/archive/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/archive/sitemap-index.xml\n',
    );
  });

  it('exports references as ids and objects with sorted keys', () => {
    expect(
      toPlainData({
        z: 1,
        city: { collection: 'cities', id: 'holm' },
        a: [{ id: 'x', collection: 'events' }],
        u: undefined,
      }),
    ).toEqual({ a: ['x'], city: 'holm', z: 1 });
    expect(Object.keys(toPlainData({ b: 1, a: 2 }) as object)).toEqual(['a', 'b']);
  });

  it('exports a processed image as the address of its published file', () => {
    const logo = { src: '/_astro/logo.Ab12.png', width: 200, height: 80, format: 'png' };
    expect(toPlainData({ logo: { src: logo, alt: 'Logo of Holm' } })).toEqual({
      logo: { alt: 'Logo of Holm', src: 'https://annals.example.org/_astro/logo.Ab12.png' },
    });
  });
});
