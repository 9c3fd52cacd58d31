// The chunk scanner's WebAssembly module as bytes, so a hook run loads it instead of assembling
// it: chunk-scanner-wasm.ts stays the source, and a unit test checks that these bytes are what
// it assembles (on a mismatch the test prints the new value).
import { Buffer } from 'node:buffer';

/** assembleChunkScanner(), base64-encoded. */
export const CHUNK_SCANNER_BASE64 =
  'AGFzbQEAAAABGAJgB39/f39/f38Bf2AJf39/f39/f39/AAIPAQNlbnYGbWVtb3J5AgABAwMCAAEHFQIHc2Nhbk9uZQAAB3NjYW5Ud28AAQqNBAKWAQECfwJAIAAgAU8NAANAIAAtAAAiCEEKRgRAIAIgB0ECdGogACADakEAIAZrczYCACAHQQFqIQdBACEFQQAhBgUgBSAIQQJ0KAIAaigCwAgiBUEASARAIAVBf3MhBSAEIAAgA2o2AgAgBCAFNgIEIARBCGohBEEBIQYLCyAAQQFqIQAgACABSQ0ACwtBACAENgKQCCAHC/ICAQh/AkAgACABTyACIANPcg0AA0AgAC0AACIPQQpGBEAgBCANQQJ0aiAAIAhqQQAgC2tzNgIAIA1BAWohDUEAIQlBACELBSAJIA9BAnQoAgBqKALACCIJQQBIBEAgCUF/cyEJIAYgACAIajYCACAGIAk2AgQgBkEIaiEGQQEhCwsLIAItAAAiEEEKRgRAIAUgDkECdGogAiAIakEAIAxrczYCACAOQQFqIQ5BACEKQQAhDAUgCiAQQQJ0KAIAaigCwAgiCkEASARAIApBf3MhCiAHIAIgCGo2AgAgByAKNgIEIAdBCGohB0EBIQwLCyAAQQFqIQAgAkEBaiECIAAgAUkgAiADSXENAAsLIA0gACABIAQgDUECdGogCCAGIAkgCxAAaiENQQAoApAIIQYgDiACIAMgBSAOQQJ0aiAIIAcgCiAMEABqIQ5BACgCkAghB0EAIA02AoAIQQAgBjYChAhBACAONgKICEEAIAc2AowICw==';

/** The module's bytes (a fresh copy: WebAssembly.Module may keep a reference). */
export function loadChunkScanner(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(CHUNK_SCANNER_BASE64, 'base64'));
}
