import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const COUNTRIES_MODULE = "virtual:heartland-countries";

/**
 * The world atlas names countries by ISO numeric code; Heartland by ISO alpha-3. This
 * module carries the mapping (and common names) from world-countries at build time, so the
 * bundle holds 250 short rows rather than the whole 1 MB country database.
 */
function countryCodes(): Plugin {
  return {
    name: "heartland-countries",
    resolveId: (id) => (id === COUNTRIES_MODULE ? `\0${COUNTRIES_MODULE}` : null),
    load(id) {
      if (id !== `\0${COUNTRIES_MODULE}`) return null;
      const file = createRequire(import.meta.url).resolve("world-countries/countries.json");
      const countries = JSON.parse(readFileSync(file, "utf8")) as {
        cca3: string;
        ccn3: string;
        name: { common: string };
      }[];
      const alpha3 = Object.fromEntries(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]));
      const names = Object.fromEntries(countries.map((c) => [c.cca3, c.name.common]));
      return `export const alpha3ByNumeric = ${JSON.stringify(alpha3)};\nexport const nameByAlpha3 = ${JSON.stringify(names)};\n`;
    },
  };
}

/**
 * The web app: web/ built into web/dist, served by `heartland serve` at /. Everything is
 * bundled (no CDN, no tiles); the output has no inline script, so the server's
 * Content-Security-Policy can forbid it. JSX is Preact's, compiled by Vite's own transform.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  logLevel: "warn",
  plugins: [countryCodes()],
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The world atlas is the largest piece; one chunk keeps first render to one round trip.
    chunkSizeWarningLimit: 1024,
    // The modulepreload polyfill would be inlined in no browser Heartland targets; keep the output plain.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
