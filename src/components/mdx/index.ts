import ActionPoints from './ActionPoints.astro';
import Callout from './Callout.astro';
import EventList from './EventList.astro';
import FieldReference from './FieldReference.astro';
import Figure from './Figure.astro';

/** The components every documentation page can use without importing them. */
export const mdxComponents = { ActionPoints, Callout, EventList, FieldReference, Figure };
