import { XMLBuilder } from "fast-xml-parser";

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  summary: string;
  /** The summary's language when it is not the feed's (an update written in English). */
  summaryLang?: string;
  /** The same text in another language (an update's English text), marked as such. */
  translation?: { text: string; lang: string };
  updated: Date;
  published?: Date;
};
export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  link: string;
  self: string;
  updated: Date;
  author: { name: string; uri: string };
  entries: AtomEntry[];
};

// Every text is sent as type="text" and escaped by the builder: text typed by an agency or an author can
// never become markup, a CDATA end or an extra <entry> in the Ombudsman's feed.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@", format: true, suppressEmptyNode: true });
// Characters XML 1.0 does not allow at all, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const text = (value: string) => ({ "@type": "text", "#text": value.replace(INVALID_XML, "") });

/** An Atom 1.0 document (RFC 4287). */
export function atomXml(feed: AtomFeed): string {
  const body = builder.build({
    feed: {
      "@xmlns": "http://www.w3.org/2005/Atom",
      "@xml:lang": "id",
      id: feed.id,
      title: text(feed.title),
      subtitle: text(feed.subtitle),
      updated: feed.updated.toISOString(),
      link: [
        { "@rel": "alternate", "@href": feed.link },
        { "@rel": "self", "@type": "application/atom+xml", "@href": feed.self },
      ],
      author: { name: feed.author.name, uri: feed.author.uri },
      rights: "CC BY 4.0",
      entry: feed.entries.map((e) => ({
        id: e.id,
        title: text(e.title),
        link: { "@rel": "alternate", "@href": e.link },
        updated: e.updated.toISOString(),
        ...(e.published ? { published: e.published.toISOString() } : {}),
        summary: e.summaryLang ? { ...text(e.summary), "@xml:lang": e.summaryLang } : text(e.summary),
        ...(e.translation ? { content: { ...text(e.translation.text), "@xml:lang": e.translation.lang } } : {}),
      })),
    },
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}`;
}
