/**
 * A table as pure data, shaped in src/lib and written into the page as it is by the client kit's
 * `tableElement` (src/components/calculators/client-kit.ts): no shaping happens in the browser script.
 */
export interface TableCell {
  text: string;
  /** A row header (`<th scope="row">`). */
  head?: boolean;
  /** Words rather than a figure (aligned to the start), or a value that was not entered. */
  kind?: 'text' | 'missing';
  strong?: boolean;
  /** The text is a link to this address. */
  href?: string;
  /** The text is an `<output>` with these attributes (for example `data-value`). */
  output?: Record<string, string>;
  /** A short remark shown under the text. */
  note?: string;
  /** How many columns the cell spans (one when absent). */
  span?: number;
}

export interface TableModel {
  caption: string;
  /** Column headers (`<th scope="col">`). */
  head: string[];
  rows: TableCell[][];
}
