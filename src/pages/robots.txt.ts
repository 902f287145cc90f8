import type { APIRoute } from 'astro';
import site from '../../annals.config.ts';
import { BASE } from '../data/urls.ts';
import { createRobotsTxt } from '../outputs/robots.ts';

/** Tells crawlers where the sitemap is. */
export const GET: APIRoute = () =>
  new Response(createRobotsTxt(site.url, BASE), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
