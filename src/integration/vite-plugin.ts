import type { ViteUserConfig } from 'astro';

/** A Vite plugin, typed through Astro, which is what the project depends on. */
export type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;
