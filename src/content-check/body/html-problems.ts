import {
  BODY_ELEMENTS,
  elementRefusal,
  GLOBAL_ATTRIBUTES,
  isAllowedAttribute,
  isAllowedUrl,
  URL_ATTRIBUTES,
  urlRefusal,
} from '../../schemas/body-html.ts';

/** An attribute as the rules read it: its name in lower case and its value, decoded. */
export interface ElementAttribute {
  name: string;
  value: string | undefined;
}

/** What to say about an attribute an element may not carry. */
function attributeRefusal(element: string, name: string): string {
  if (name.startsWith('on')) {
    return `the attribute ${name} runs a script in the reader's browser; remove it`;
  }
  if (name === 'style') {
    return `the attribute style is not allowed: the look of a text comes from the site's stylesheet; remove it`;
  }
  const own = BODY_ELEMENTS[element] ?? [];
  const allowed = [...GLOBAL_ATTRIBUTES, ...own, 'aria-*', 'data-*'].join(', ');
  return `the attribute ${name} is not allowed on <${element}>; it may carry: ${allowed}`;
}

/**
 * Why an HTML element written in a body may not be published as written, one message per
 * mistake: an element that is not allowed (its attributes are then not looked at), an
 * attribute that is not, or an address with a scheme that runs code.
 */
export function elementProblems(element: string, attributes: ElementAttribute[]): string[] {
  if (!(element in BODY_ELEMENTS)) return [elementRefusal(element)];
  return attributes.flatMap(({ name, value }) => {
    if (!isAllowedAttribute(element, name)) return [attributeRefusal(element, name)];
    if (URL_ATTRIBUTES.includes(name) && value !== undefined && !isAllowedUrl(value)) {
      return [urlRefusal(value)];
    }
    return [];
  });
}
