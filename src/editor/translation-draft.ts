import type { ValidEntryFile } from '../content-check/validate-file.ts';
import { TRANSLATE_MARK } from '../content-check/rules/translation-marks.ts';
import { sourceFingerprint } from '../i18n/translation-status.ts';
import { CONTENT_MODEL } from '../schemas/model.ts';

const mark = (text: unknown) => `${TRANSLATE_MARK} ${String(text)}`;

/** The per-language maps of a translation, keyed as the source's items are. */
function translatableMaps(source: ValidEntryFile): Record<string, Record<string, string>> {
  const maps: Record<string, Record<string, string>> = {};
  const sessions = (source.data.sessions ?? []) as { id: string; title: string }[];
  if (source.collection === 'events' && sessions.length) {
    maps.sessions = Object.fromEntries(
      sessions.map((session) => [session.id, mark(session.title)]),
    );
  }
  const winners = (source.data.winners ?? []) as { city: string; citation?: string }[];
  const cited = winners.filter((winner) => winner.citation);
  if (source.collection === 'awards' && cited.length) {
    maps.citations = Object.fromEntries(
      cited.map((winner) => [winner.city, mark(winner.citation)]),
    );
  }
  return maps;
}

/**
 * A new translation of `source`: every text it can translate, copied from the source and
 * marked `[translate]`, which the checker refuses until the editor has replaced it, and the
 * fingerprint of the source text it was made from.
 */
export function draftTranslation(source: ValidEntryFile): {
  data: Record<string, unknown>;
  body: string;
} {
  const data: Record<string, unknown> = {};
  const maps = translatableMaps(source);
  for (const field of Object.keys(CONTENT_MODEL[source.collection].translationSchema.shape)) {
    const value = source.data[field];
    if (maps[field]) data[field] = maps[field];
    else if (typeof value === 'string') data[field] = mark(value);
    else if (
      Array.isArray(value) &&
      value.length &&
      value.every((item) => typeof item === 'string')
    )
      data[field] = value.map(mark);
  }
  data.translatedFrom = sourceFingerprint(source);
  const body = source.body.trim();
  return {
    data,
    body: body
      ? `${TRANSLATE_MARK} Translate the text below, then delete this line.\n\n${body}`
      : '',
  };
}
