export interface Table {
  columns: string[];
  rows: (string | number | boolean | null | undefined)[][];
}

/** RFC 4180 CSV: quotes fields with commas, quotes or line breaks; CRLF between records. */
export function toCsv({ columns, rows }: Table): string {
  const field = (value: unknown) => {
    const text = value == null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
