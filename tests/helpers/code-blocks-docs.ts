import { markdown, type ContentTree } from './content-tree.ts';

/** Code blocks as an editors' guide writes them: Markdown with front matter, YAML, shell. */
const GUIDE_BLOCKS = [
  '```yaml\ntitle: A meeting\nstart: 2030-05-12\norganisers: [network]\n```',
  '```sh\nnpm run new -- event --title "A meeting" --start 2030-05-12\n```',
  '```mdx\n---\ntitle: A page\norder: 3\n---\n\n<Callout>Read this first.</Callout>\n```',
  '```\ncontent/events/x/index.md:2: title: is required\n```',
  '```md\n---\ntitle: "[translate] A meeting"\nsummary: "[translate] What it was."\n---\n\nThe text.\n```',
];

/** A page whose only code is Markdown with front matter, as the guide's first page shows it. */
export const FRONT_MATTER_PAGE = {
  id: 'writing-front-matter',
  files: {
    'docs/writing-front-matter/index.mdx': markdown(
      'title: Writing front matter\norder: 30\n',
      `## The front matter\n\n${GUIDE_BLOCKS[4]}\n`,
    ),
  } satisfies ContentTree,
};

/** One guide page's body: the blocks in an order of its own, so pages differ in what comes first. */
function guideBody(page: number): string {
  const blocks = GUIDE_BLOCKS.map((_, index) => GUIDE_BLOCKS[(index + page) % GUIDE_BLOCKS.length]);
  return `## Part ${page}\n\n${blocks.join('\n\nSome words between the blocks.\n\n')}\n`;
}

/**
 * Documentation pages full of code blocks, in three languages, like the shipped Editors'
 * guide: Markdown and MDX with front matter (YAML inside Markdown), beside YAML and shell
 * blocks, in pages that render in any order.
 */
export function codeBlocksDocs(pages = 4): ContentTree {
  const tree: ContentTree = { ...FRONT_MATTER_PAGE.files };
  for (let page = 1; page <= pages; page++) {
    const folder = `docs/guide-part-${page}`;
    tree[`${folder}/index.mdx`] = markdown(
      `title: Guide, part ${page}\norder: ${page + 10}\n`,
      guideBody(page),
    );
    tree[`${folder}/fr.mdx`] = markdown(`title: Guide, partie ${page}\n`, guideBody(page + 1));
    tree[`${folder}/es.mdx`] = markdown(`title: Guía, parte ${page}\n`, guideBody(page + 2));
  }
  return tree;
}
