import type { Problem } from "../domain/result.js";

/** Terminal output: aligned tables, colour only on a TTY (and never with NO_COLOR). */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
}

export function processOutput(): Output {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== "dumb",
  };
}

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;
export type Style = keyof typeof CODES;

export function paint(o: Output, style: Style, text: string): string {
  if (!o.color) return text;
  const [open, close] = CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** Visible width: ANSI codes take no room. */
function width(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  return [...text.replace(/\u001b\[\d+m/g, "")].length;
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], o: Output): string {
  const all = [headers.map((h) => paint(o, "bold", h)), ...rows];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  return `${all
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - width(cell))))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")}\n`;
}

/** `heartland: <what is wrong>; <what to do>` on stderr, and the JSON form with --json. */
export function reportProblem(o: Output, p: Problem, json: boolean): void {
  o.err(`heartland: ${p.message}${p.hint ? `; ${p.hint}` : ""}\n`);
  if (json)
    o.err(
      `${JSON.stringify({ error: { code: p.code, message: p.message, ...(p.hint ? { hint: p.hint } : {}), ...(p.data ? { data: p.data } : {}) } })}\n`,
    );
}
