import { defineStore } from 'pinia';
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
 * The import of older documents (issue 13), driven from here: chunked upload (each chunk under the shop's PHP
 * limit, resumed from what the server says it received), then one stepImport after another while the import is
 * analyzing (dry run) or running, until it is ready / done, paused or cancelled. The server keeps all the state,
 * so a closed tab loses nothing: load() finds the unfinished import.
 */
export const useImportStore = defineStore('import', {
  state: () => ({
    current: null as ImportState | null,
    loading: false,
    loaded: false,
    error: null as string | null,
    paused: false,
    working: false,
    /** The chosen files of this page (a closed tab must choose them again to finish an upload). */
    files: { zip: null as File | null, csv: null as File | null },
    filesMismatch: false,
  }),
  getters: {
    uploadedBytes: (state) => (state.current ? state.current.zip.received + state.current.csv.received : 0),
    uploadBytes: (state) => (state.current ? state.current.zip.size + state.current.csv.size : 0),
    stepping: (state) => state.current !== null && (state.current.status === 'analyzing' || state.current.status === 'running'),
  },
  actions: {
    async load(): Promise<void> {
      this.loading = true;
      this.error = null;
      try {
        this.current = (await api.getImport()).import;
        this.loaded = true;
        if (this.current?.status === 'analyzing') {
          void this.drive();
        } else if (this.current?.status === 'running' || this.current?.status === 'uploading') {
          // A closed tab left it: the merchant decides when it goes on.
          this.paused = true;
        }
      } catch (cause) {
        this.error = errorMessage(cause);
      } finally {
        this.loading = false;
      }
    },

    async begin(zip: File, csv: File, notify: boolean): Promise<void> {
      this.error = null;
      this.paused = false;
      this.files = { zip, csv };
      try {
        this.current = (await api.createImport({ name: zip.name, size: zip.size }, { name: csv.name, size: csv.size }, notify)).import;
      } catch (cause) {
        this.error = errorMessage(cause);
        return;
      }
      await this.upload();
    },

    /** After a closed tab: the same files again (same names and sizes), then the upload goes on. */
    async chooseFilesAgain(zip: File, csv: File): Promise<void> {
      const current = this.current;
      if (!current || zip.name !== current.zip.name || zip.size !== current.zip.size || csv.name !== current.csv.name || csv.size !== current.csv.size) {
        this.filesMismatch = true;
        return;
      }
      this.filesMismatch = false;
      this.files = { zip, csv };
      this.paused = false;
      await this.upload();
    },

    async upload(): Promise<void> {
      if (this.working || !this.current) {
        return;
      }
      this.working = true;
      this.error = null;
      try {
        for (const which of ['zip', 'csv'] as const) {
          const file = this.files[which];
          if (!file) {
            this.paused = true;
            return;
          }
          while (this.current && this.current[which].received < file.size) {
            if (this.paused) {
              return;
            }
            const offset = this.current[which].received;
            const chunk = file.slice(offset, offset + Math.max(1, this.current.chunkBytes));
            try {
              const answer = await api.uploadImportChunk(this.current, which, offset, chunk);
              this.current[which].received = answer.received;
            } catch (cause) {
              if (cause instanceof ApiError && cause.status === 409) {
                // The server has more (or less) than we thought: go on from what it says.
                this.current = (await api.getImport(this.current.id)).import;
                continue;
              }
              throw cause;
            }
          }
        }
        if (this.current) {
          this.current = (await api.getImport(this.current.id)).import;
        }
      } catch (cause) {
        this.error = errorMessage(cause);
        this.paused = true;
        return;
      } finally {
        this.working = false;
      }
      await this.drive();
    },

    /** Steps until the import needs the merchant (ready, done), is paused, or fails. */
    async drive(): Promise<void> {
      if (this.working) {
        return;
      }
      this.working = true;
      this.paused = false;
      this.error = null;
      try {
        while (this.current && this.stepping && !this.paused) {
          const answer = await api.stepImport(this.current.id);
          this.current = answer.import;
          if (answer.import.busy) {
            await wait(BUSY_WAIT_MS);
          }
        }
      } catch (cause) {
        this.error = errorMessage(cause);
        this.paused = true;
      } finally {
        this.working = false;
      }
    },

    pause(): void {
      this.paused = true;
    },

    async resume(): Promise<void> {
      this.paused = false;
      if (this.current?.status === 'uploading') {
        await this.upload();
        return;
      }
      await this.drive();
    },

    async configure(mapping: Partial<Record<ImportField, string | null>>, pattern: string, notify: boolean): Promise<void> {
      if (!this.current) {
        return;
      }
      try {
        this.current = (await api.configureImport(this.current.id, mapping, pattern, notify)).import;
      } catch (cause) {
        this.error = errorMessage(cause);
        return;
      }
      await this.drive();
    },

    async start(): Promise<void> {
      if (!this.current) {
        return;
      }
      try {
        this.current = (await api.startImport(this.current.id)).import;
      } catch (cause) {
        this.error = errorMessage(cause);
        return;
      }
      await this.drive();
    },

    async cancel(): Promise<void> {
      if (!this.current) {
        return;
      }
      this.paused = true;
      try {
        this.current = (await api.cancelImport(this.current.id)).import;
      } catch (cause) {
        this.error = errorMessage(cause);
      }
    },

    reset(): void {
      this.current = null;
      this.paused = false;
      this.error = null;
      this.files = { zip: null, csv: null };
      this.filesMismatch = false;
    },
  },
});
