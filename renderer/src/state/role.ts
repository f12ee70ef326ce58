import { createContext, useContext } from 'react'
import type { Owner, OwnerRole } from '../../../shared/model/mailbox'

/**
 * Who owns the mailbox (chosen at first run, carried by `app:info`). The marketplace's 24-hour answer
 * rule and its dashboard concern sellers only, so a buyer reviewing threads is not shown them;
 * everything else (the policy checker included: buyers are held to the same rules) is the same.
 */
export const OwnerContext = createContext<Owner | null>(null)

export const useOwner = () => useContext(OwnerContext)

/** No owner yet (a store from before owners were asked) reads as a seller: the app's first audience. */
export const useRole = (): OwnerRole => useOwner()?.role ?? 'seller'
