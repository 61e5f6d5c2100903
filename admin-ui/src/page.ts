/** Page-level side effects, in one object so tests can replace them. */
export const page = {
  reload(): void {
    window.location.reload();
  },
};
