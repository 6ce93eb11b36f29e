/** Whether dist/server.js was built after every file it is made of last changed. */
export function bundleIsCurrent(): boolean;
/** Serves standard input and output until the client exits (the bundle when current, else lib/). */
export function serveStdio(): Promise<void>;
