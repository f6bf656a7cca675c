/**
 * CSV as RFC 4180 writes it: a header row, comma-separated, fields quoted when they hold
 * a comma, a quote or a line break; empty for null. R's read.csv and pandas read it as is.
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return "";
    const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[headers.join(","), ...rows.map((r) => headers.map((h) => cell(r[h])).join(","))].join("\n")}\n`;
}
