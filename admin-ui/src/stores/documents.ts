import { defineStore } from 'pinia';
import { useDocumentList } from './documentList';

/** The Documents view: every document, server-side filtered, sorted and paged. */
export const useDocumentsStore = defineStore('documents', () => useDocumentList());
