/** RSS 2.0 for the news. Items with only a month or a year get no pubDate rather than an invented day. */
export interface FeedItem {
  title: string;
  link: string;
  guid: string;
  description: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toRss(channel: { title: string; link: string; description: string; language: string; self: string }, items: FeedItem[]): string {
  const entries = items.map((i) => {
    const pub = /^\d{4}-\d{2}-\d{2}$/.test(i.date) ? `<pubDate>${new Date(`${i.date}T00:00:00+09:00`).toUTCString()}</pubDate>` : '';
    return `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><guid isPermaLink="false">${xml(i.guid)}</guid><description>${xml(i.description)}</description>${pub}</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${xml(channel.title)}</title><link>${xml(channel.link)}</link><description>${xml(channel.description)}</description><language>${channel.language}</language><atom:link href="${xml(channel.self)}" rel="self" type="application/rss+xml"/>${entries.join('')}</channel></rss>\n`;
}
