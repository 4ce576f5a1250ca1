import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { precompressAssets } from "./scripts/precompress-assets";

export default defineConfig({
  root: "web",
  plugins: [react(), precompressAssets()],
  build: { outDir: "../dist/web", emptyOutDir: true },
  server: { proxy: { "/api": "http://127.0.0.1:4321" } },
});
