/**
 * Derived files the store keeps beside its data (the full-text index, the thread summaries): a magic
 * number first, the body, then a CRC-32 of all that and the magic again. Written to a temp file,
 * fsynced and renamed, so a reader finds the old file, the new one, or none; read back only if whole.
 */
import { rename } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { writeAndSync } from './durable-file'

/** Fills the last 8 bytes of `file` (CRC-32, magic) and puts it at `target`. */
export async function writeSealed(target: string, file: Buffer, magic: number): Promise<void> {
  const end = file.length - 8
  file.writeUInt32LE(crc32(file.subarray(0, end)), end)
  file.writeUInt32LE(magic, end + 4)
  const temp = `${target}.tmp`
  await writeAndSync(temp, file)
  await rename(temp, target)
}

/** Whether a file written by `writeSealed` with this magic is whole. */
export function isSealed(file: Buffer, magic: number): boolean {
  if (file.length < 16 || file.readUInt32LE(0) !== magic || file.readUInt32LE(file.length - 4) !== magic)
    return false
  const end = file.length - 8
  return crc32(file.subarray(0, end)) === file.readUInt32LE(end)
}
