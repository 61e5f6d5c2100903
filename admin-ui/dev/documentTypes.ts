/**
 * The document types of module/src/Kernel/Domain/document-types.json, for the dev page and the app's tests. The app itself
 * never lists the types: it reads them from the boot payload (`documentTypes`), which PHP builds from the same file.
 */
import data from '../../module/src/Kernel/Domain/document-types.json';

export interface DocumentTypeData {
  code: string;
  label: string;
  customerLabel: string;
  answerLabel: string;
  words: string[];
  visibleByDefault: boolean;
}

export const DOCUMENT_TYPES: DocumentTypeData[] = data.types;

/** `documentType.<code>` => English label, as AdminWordings::all() adds them to the wordings. */
export function documentTypeWordings(): Record<string, string> {
  return Object.fromEntries(DOCUMENT_TYPES.map((type) => [`documentType.${type.code}`, type.label]));
}
