// SPDX-License-Identifier: Apache-2.0
// The portal's build: hashed assets under /assets/ (the server caches them as immutable), no
// inline scripts (the Content-Security-Policy allows none), the shared vocabulary imported from
// the JSON that CMake exports from common/.
import { defineConfig } from "vite";

const vocabulary = process.env.WN_VOCABULARY;
if (!vocabulary)
    throw new Error("WN_VOCABULARY must name the exported vocabulary (CMake's web target sets it)");

export default defineConfig({
    base: "/",
    publicDir: "public",
    resolve: { alias: { "@vocabulary": vocabulary } },
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
    build: {
        outDir: process.env.WN_WEB_OUT ?? "dist",
        emptyOutDir: true,
        assetsDir: "assets",
        target: "es2020",
        modulePreload: { polyfill: false },
        assetsInlineLimit: 0,
        reportCompressedSize: false,
        sourcemap: false,
    },
});
