import type { FuseV1Config } from '@electron/fuses'

export declare const FUSE_CONFIG: FuseV1Config & { strictlyRequireAllFuses: true }

export interface AfterPackContext {
  appOutDir: string
  electronPlatformName: string
  packager: { executableName: string; appInfo: { productFilename: string } }
}
export declare function electronBinaryOf(context: AfterPackContext): string
export default function afterPack(context: AfterPackContext): Promise<void>
