/**
 * Resolves in a task of its own, after the microtasks: after what the current task renders or answers
 * (a page's leading results, a query's answer).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
