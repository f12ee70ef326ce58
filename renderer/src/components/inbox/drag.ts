/** Drag-and-drop payload types: thread ids (JSON array) and a folder id. */
export const THREADS_MIME = 'application/x-comptoir-threads'
export const FOLDER_MIME = 'application/x-comptoir-folder'
