import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as api from '../api/endpoints';
import { errorMessage } from '../api/errors';
import { ApiError } from '../api/http';
import type { ImportField, ImportState } from '../types/api';

/** Pause between two steps when another tab holds the import. */
export const BUSY_WAIT_MS = 1000;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The import of older documents, driven from here: chunked upload (each chunk under the shop's PHP
 * limit, resumed from what the server says it received), then one stepImport after another while the import is
 * analyzing (dry run) or running, until it is ready / done, paused or cancelled. The server keeps all the state,
 * so a closed tab loses nothing: load() finds the unfinished import.
 */
export const useImportStore = defineStore('import', () => {
  const current = ref<ImportState | null>(null);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<string | null>(null);
  const paused = ref(false);
  const working = ref(false);
  /** The chosen files of this page (a closed tab must choose them again to finish an upload). */
  const files = ref<{ zip: File | null; csv: File | null }>({ zip: null, csv: null });
  const filesMismatch = ref(false);

  const uploadedBytes = computed(() => (current.value ? current.value.zip.received + current.value.csv.received : 0));
  const uploadBytes = computed(() => (current.value ? current.value.zip.size + current.value.csv.size : 0));
  const stepping = computed(() => current.value !== null && (current.value.status === 'analyzing' || current.value.status === 'running'));

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      current.value = (await api.getImport()).import;
      loaded.value = true;
      if (current.value?.status === 'analyzing') {
        void drive();
      } else if (current.value?.status === 'running' || current.value?.status === 'uploading') {
        // A closed tab left it: the merchant decides when it goes on.
        paused.value = true;
      }
    } catch (cause) {
      error.value = errorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  async function begin(zip: File, csv: File, notify: boolean): Promise<void> {
    error.value = null;
    paused.value = false;
    files.value = { zip, csv };
    try {
      current.value = (await api.createImport({ name: zip.name, size: zip.size }, { name: csv.name, size: csv.size }, notify)).import;
    } catch (cause) {
      error.value = errorMessage(cause);
      return;
    }
    await upload();
  }

  /** After a closed tab: the same files again (same names and sizes), then the upload goes on. */
  async function chooseFilesAgain(zip: File, csv: File): Promise<void> {
    const state = current.value;
    if (!state || zip.name !== state.zip.name || zip.size !== state.zip.size || csv.name !== state.csv.name || csv.size !== state.csv.size) {
      filesMismatch.value = true;
      return;
    }
    filesMismatch.value = false;
    files.value = { zip, csv };
    paused.value = false;
    await upload();
  }

  async function upload(): Promise<void> {
    if (working.value || !current.value) {
      return;
    }
    working.value = true;
    error.value = null;
    try {
      for (const which of ['zip', 'csv'] as const) {
        const file = files.value[which];
        if (!file) {
          paused.value = true;
          return;
        }
        while (current.value && current.value[which].received < file.size) {
          if (paused.value) {
            return;
          }
          const state: ImportState = current.value;
          const offset = state[which].received;
          const chunk = file.slice(offset, offset + Math.max(1, state.chunkBytes));
          try {
            const answer = await api.uploadImportChunk(state, which, offset, chunk);
            state[which].received = answer.received;
          } catch (cause) {
            if (cause instanceof ApiError && cause.status === 409) {
              // The server has more (or less) than we thought: go on from what it says.
              current.value = (await api.getImport(state.id)).import;
              continue;
            }
            throw cause;
          }
        }
      }
      if (current.value) {
        current.value = (await api.getImport(current.value.id)).import;
      }
    } catch (cause) {
      error.value = errorMessage(cause);
      paused.value = true;
      return;
    } finally {
      working.value = false;
    }
    await drive();
  }

  /** Steps until the import needs the merchant (ready, done), is paused, or fails. */
  async function drive(): Promise<void> {
    if (working.value) {
      return;
    }
    working.value = true;
    paused.value = false;
    error.value = null;
    try {
      while (current.value && stepping.value && !paused.value) {
        const answer = await api.stepImport(current.value.id);
        current.value = answer.import;
        if (answer.import.busy) {
          await wait(BUSY_WAIT_MS);
        }
      }
    } catch (cause) {
      error.value = errorMessage(cause);
      paused.value = true;
    } finally {
      working.value = false;
    }
  }

  function pause(): void {
    paused.value = true;
  }

  async function resume(): Promise<void> {
    paused.value = false;
    if (current.value?.status === 'uploading') {
      await upload();
      return;
    }
    await drive();
  }

  async function configure(mapping: Partial<Record<ImportField, string | null>>, pattern: string, notify: boolean): Promise<void> {
    if (!current.value) {
      return;
    }
    try {
      current.value = (await api.configureImport(current.value.id, mapping, pattern, notify)).import;
    } catch (cause) {
      error.value = errorMessage(cause);
      return;
    }
    await drive();
  }

  async function start(): Promise<void> {
    if (!current.value) {
      return;
    }
    try {
      current.value = (await api.startImport(current.value.id)).import;
    } catch (cause) {
      error.value = errorMessage(cause);
      return;
    }
    await drive();
  }

  async function cancel(): Promise<void> {
    if (!current.value) {
      return;
    }
    paused.value = true;
    try {
      current.value = (await api.cancelImport(current.value.id)).import;
    } catch (cause) {
      error.value = errorMessage(cause);
    }
  }

  function reset(): void {
    current.value = null;
    paused.value = false;
    error.value = null;
    files.value = { zip: null, csv: null };
    filesMismatch.value = false;
  }

  return {
    current, loading, loaded, error, paused, working, files, filesMismatch, uploadedBytes, uploadBytes, stepping,
    load, begin, chooseFilesAgain, upload, drive, pause, resume, configure, start, cancel, reset,
  };
});
