import { defineStore } from 'pinia';
import { useDocumentList } from '../composables/useDocumentList';

/** The Documents view: every document, server-side filtered, sorted and paged. */
export const useDocumentsStore = defineStore('documents', () => useDocumentList());
