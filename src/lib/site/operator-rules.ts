/**
 * Pure helpers over the operator setting (src/schemas/operator.ts): the contacts a page shows and
 * the first-party facts still to be filled before the site can run in official mode. No file is
 * read here, so the content check and the tests can pass any setting.
 */
import type { Contact, ContactTopic, Operator } from '../../schemas/operator';

export const operatorFile = 'data/operator.json';

/** The contacts to show on a page about `topic`, in the file's order. */
export function contactsFor(setting: Operator, topic: ContactTopic): Contact[] {
  return setting.contacts.filter((c) => c.topics.includes(topic));
}

/** First-party facts no source gives yet: what the secretariat fills in before official mode. */
export function stillToFill(setting: Operator): string[] {
  return setting.firstParty.filter((f) => f.value === 'notFound').map((f) => `${operatorFile}: firstParty "${f.id}" (${f.label.en}) is not found yet`);
}
