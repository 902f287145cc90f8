/** Longest label a web address gets whole; a longer one loses the middle of its path. */
const MAX_LENGTH = 60;

/** Longest last segment of a shortened address; a longer one is cut with an ellipsis. */
const MAX_SEGMENT = 36;

/** A web-archive copy names the original address in its path: `/web/20180704032628/http://…`. */
const ARCHIVED_ADDRESS = /^\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/;

/** Percent-escapes decoded where they are valid, so `mar%C3%ADa` reads `maría`. */
function readable(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** `text` cut to `length` characters, marked with an ellipsis when something was cut. */
function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, Math.max(length - 1, 1))}…`;
}

/**
 * A web address as link text: the site's host (without `www.`) and its path, shortened to
 * the host and the last segment when the whole is long, like
 * `lcn.pascalobservatory.org/…/final-draft-third-iclc-outcome-document-call-action`. A
 * web-archive copy is labelled by the address it preserves. The full address stays in the
 * link's `href`.
 */
export function shortAddress(url: string): string {
  const address = new URL(url);
  const archived = ARCHIVED_ADDRESS.exec(address.pathname + address.search);
  if (archived?.[1] && URL.canParse(archived[1])) return shortAddress(archived[1]);
  const host = address.hostname.replace(/^www\./, '');
  const path = readable(address.pathname.replace(/\/+$/, '') + address.search);
  if (`${host}${path}`.length <= MAX_LENGTH) return `${host}${path}`;
  const segments = path.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  return `${host}/${segments.length > 1 ? '…/' : ''}${truncate(last, MAX_SEGMENT)}`;
}
