import { createContext, useContext } from 'react'
import type { OwnerRole } from '../../../shared/model/mailbox'

/**
 * Whether the owner sells or buys (chosen at first run). The marketplace's 24-hour answer rule and its
 * dashboard concern sellers only, so a buyer reviewing threads is not shown them; everything else (the
 * policy checker included: buyers are held to the same rules) is the same.
 */
export const RoleContext = createContext<OwnerRole>('seller')

export const useRole = () => useContext(RoleContext)
