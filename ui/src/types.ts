// The IPC payloads: generated from the Rust types into ipc.ts (see src-tauri/src/ipc.rs), so the
// page and the app cannot drift; and the names the page gives some of them.
export type * from "./ipc";

/** Money crosses as a string holding a decimal, never a number. */
export type Money = string;
