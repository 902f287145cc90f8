import { fieldProblem, inCollection, type ContentRule } from './rule.ts';

/** An event's country, when written next to its city, must be that city's country. */
export const eventCountryMatchesCity: ContentRule = ({ facts, factsOf }) =>
  facts
    .filter(inCollection('events'))
    .filter((event) => event.data.city && event.data.country)
    .flatMap((event) => {
      const city = factsOf('cities', String(event.data.city));
      const cityCountry = city?.data.country;
      if (!city || !cityCountry || cityCountry === event.data.country) return [];
      return [
        fieldProblem(
          event,
          ['country'],
          `is ${String(event.data.country)} but the city ${String(event.data.city)} is in ${String(cityCountry)} (${city.path}); remove country, it is taken from the city`,
        ),
      ];
    });
