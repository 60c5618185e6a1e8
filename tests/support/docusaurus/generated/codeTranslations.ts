// Stands in for the build's codeTranslations: the current locale's code.json, read at lookup time so a test can
// switch locale. A lookup that misses outside the default locale is recorded: the reader would see Korean there.
import {codeMessages, isDefaultLocale, missingMessageIds, siteLocale} from '../site';

const codeTranslations = new Proxy<Record<string, string>>(
  {},
  {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const messages = codeMessages(siteLocale());
      if (Object.hasOwn(messages, key)) return messages[key];
      if (!isDefaultLocale()) missingMessageIds.add(key);
      return undefined;
    },
    has: (_target, key) => typeof key === 'string' && Object.hasOwn(codeMessages(siteLocale()), key),
    ownKeys: () => Object.keys(codeMessages(siteLocale())),
    getOwnPropertyDescriptor: (_target, key) => {
      if (typeof key !== 'string') return undefined;
      const messages = codeMessages(siteLocale());
      return Object.hasOwn(messages, key) ? {value: messages[key], enumerable: true, configurable: true} : undefined;
    },
  },
);

export default codeTranslations;
