declare module 'virtual:annals/build-folders' {
  /** Where the build writes files outside Astro's routes; null in `astro dev`. */
  const folders: {
    outDir: string;
    store: string;
    code: string;
  } | null;
  export default folders;
}
