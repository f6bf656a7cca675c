/** Built by web/vite.config.ts from world-countries. */
declare module "virtual:heartland-countries" {
  export const alpha3ByNumeric: Readonly<Record<string, string>>;
  export const nameByAlpha3: Readonly<Record<string, string>>;
}
