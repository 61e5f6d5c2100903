import { defineStore } from 'pinia';

export type FlashKind = 'success' | 'danger' | 'warning' | 'info';

export interface FlashMessage {
  id: number;
  kind: FlashKind;
  text: string;
  /** An optional button in the message, e.g. "Undo". */
  action?: { label: string; run: () => unknown };
}

let nextId = 1;

/** Messages shown above the views (results of actions, failures). */
export const useFlashStore = defineStore('flash', {
  state: () => ({ messages: [] as FlashMessage[] }),
  actions: {
    push(kind: FlashKind, text: string, action?: FlashMessage['action']): number {
      const id = nextId++;
      this.messages.push(action ? { id, kind, text, action } : { id, kind, text });
      if (this.messages.length > 5) {
        this.messages.shift();
      }
      return id;
    },
    success(text: string): number {
      return this.push('success', text);
    },
    error(text: string): number {
      return this.push('danger', text);
    },
    dismiss(id: number): void {
      this.messages = this.messages.filter((message) => message.id !== id);
    },
    clear(): void {
      this.messages = [];
    },
  },
});
