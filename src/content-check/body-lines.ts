import type { ValidEntryFile } from './validate-file.ts';

/** One line of an entry's Markdown body, with code taken out. */
export interface BodyLine {
  /** Line of the file, for the editor. */
  line: number;
  /** The line's text with inline code spans blanked, so examples in code are not checked. */
  text: string;
}

/**
 * The lines of an entry's body that are prose: fenced code blocks are skipped and inline
 * code is blanked, because the Editors' guide shows mistakes in code on purpose.
 */
export function proseLines(entry: ValidEntryFile): BodyLine[] {
  const lines: BodyLine[] = [];
  let fence: string | undefined;
  entry.body.split('\n').forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) {
      lines.push({ line: entry.bodyLine + index, text: text.replace(/`[^`]*`/g, '') });
    }
  });
  return lines;
}
