// Types of build-stamp.mjs, for the tests that stamp a bundle as the build does.
export declare const BUILD_STAMP_PREFIX: string;
export declare function stampBundleText(text: string, version: string): string;
export declare function stampBundle(file: string, version: string): void;
