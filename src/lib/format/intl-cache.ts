/**
 * One Intl formatter per locale and set of options: creating a formatter costs far more than using one
 * (formatDate alone was 5% of a large build), so dates.ts and amounts.ts each keep theirs here.
 */
export function formatterCache<O, F>(make: (locale: string, options: O) => F): (locale: string, options: O) => F {
  const made = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale} ${JSON.stringify(options)}`;
    let format = made.get(key);
    if (!format) made.set(key, (format = make(locale, options)));
    return format;
  };
}
