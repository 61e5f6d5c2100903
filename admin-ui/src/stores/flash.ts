import { defineStore } from 'pinia';
import { ref } from 'vue';

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
export const useFlashStore = defineStore('flash', () => {
  const messages = ref<FlashMessage[]>([]);

  function push(kind: FlashKind, text: string, action?: FlashMessage['action']): number {
    const id = nextId++;
    messages.value.push(action ? { id, kind, text, action } : { id, kind, text });
    if (messages.value.length > 5) {
      messages.value.shift();
    }
    return id;
  }

  function success(text: string): number {
    return push('success', text);
  }

  function error(text: string): number {
    return push('danger', text);
  }

  function dismiss(id: number): void {
    messages.value = messages.value.filter((message) => message.id !== id);
  }

  function clear(): void {
    messages.value = [];
  }

  return { messages, push, success, error, dismiss, clear };
});
