export { MailboxStore } from './mailbox-store'
export type { ChangeListener, LiveStoreFiles, MailboxStoreOptions, StoreChange } from './mailbox-store'
export type { AppendMessageInput, CreateThreadInput } from './thread-commands'
export type { Owner } from './schema'
