export {renderWithSite, type SiteOptions} from './renderWithSite';
/** Ids rendered in a non-default locale (en) without a message in its code.json; cleared by each renderWithSite(). */
export {missingMessageIds as missingEnglishIds} from './site';
