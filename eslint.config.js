import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

// Layering kept by a machine (../shared/docs/architecture.md: dependencies point inward).
// Import strings are matched as written, so each rule forbids reaching a layer by any depth of
// "../" (with or without a leading "src/").
const reaching = (...layers) => `^(?:\\.\\./)+(?:src/)?(?:${layers.join("|")})(?:/|$)`;
const OUTER = ["store", "server", "cli", "demo", "interop"];

// Pure layers do no I/O: no Node built-in at all (fs, net, child_process, ...), bare or node:.
const NODE_BUILTINS = `^(?:node:)?(?:${builtinModules.map((m) => m.replace(/[/]/g, "\\/")).join("|")})(?:/|$)`;
const noNode = { regex: NODE_BUILTINS, message: "This layer is pure: no Node built-ins (no I/O)." };

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

/** Each layer with what it may never import; one entry per folder so options never override. */
export const LAYERS = [
  {
    name: "tessera/layer-domain",
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: restrict([
      {
        regex: reaching("analysis", "measures", ...OUTER, "web"),
        message: "src/domain imports nothing outward: other layers import the domain, not the reverse.",
      },
      noNode,
    ]),
  },
  {
    name: "tessera/layer-pure",
    files: ["src/analysis/**/*.{ts,tsx}", "src/measures/**/*.{ts,tsx}"],
    rules: restrict([
      {
        regex: reaching(...OUTER, "web"),
        message: "src/analysis and src/measures are pure: they never import store, server, cli or demo.",
      },
      noNode,
    ]),
  },
  {
    name: "tessera/layer-web",
    files: ["web/**/*.{ts,tsx}"],
    rules: restrict([
      {
        regex: "^(?:\\.\\./)+src/(?!(?:domain|measures)(?:/|$))",
        message: "The web imports only src/domain and src/measures; it reaches the server over HTTP.",
      },
      noNode,
    ]),
  },
  {
    // The session form uses suggestions; suggestions never import the form back (no cycle).
    name: "tessera/web-suggestions",
    files: ["web/src/suggestions/**/*.{ts,tsx}"],
    rules: restrict([
      {
        regex: "^(?:\\.\\./)+src/(?!(?:domain|measures)(?:/|$))",
        message: "The web imports only src/domain and src/measures; it reaches the server over HTTP.",
      },
      noNode,
      {
        regex: "^(?:\\.\\./)+session-form(?:/|$)",
        message: "web/src/session-form depends on suggestions, never the reverse.",
      },
    ]),
  },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...LAYERS,
  {
    files: ["bin/**/*.mjs", "scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
