import { z } from 'astro/zod';
import { HttpUrlSchema } from './fields/web.ts';

/**
 * The licence the open data (`/data/`) is published under, as a Frictionless Data Package
 * names it in `licenses`: an identifier, an address, or both, and a title for people.
 */
export const DataLicenseSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[-a-zA-Z0-9._]+$/, {
        error: (issue) =>
          `'${String(issue.input)}' is not a licence identifier; write its SPDX or Open Definition id, like CC-BY-4.0 or ODC-BY-1.0`,
      })
      .optional()
      .describe('Identifier of the licence, as SPDX and Open Definition write it: CC-BY-4.0.'),
    path: HttpUrlSchema.optional().describe('Address of the licence text.'),
    title: z
      .string()
      .min(1)
      .optional()
      .describe('Name of the licence for people: Creative Commons Attribution 4.0.'),
  })
  .refine((license) => license.name !== undefined || license.path !== undefined, {
    error: 'give the licence its identifier (name), the address of its text (path), or both',
  });

export type DataLicense = z.output<typeof DataLicenseSchema>;
