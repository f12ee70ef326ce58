// electron-vite replaces `import.meta.env.DEV` at build time (false in `electron-vite build`).
interface ImportMetaEnv {
  readonly DEV: boolean
}
interface ImportMeta {
  readonly env: ImportMetaEnv
}
