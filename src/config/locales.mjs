// Japanese is the root locale (served at `/`), English lives under `/en/`.
export const locales = {
  root: { label: '日本語', lang: 'ja' },
  en: { label: 'English', lang: 'en' },
};
