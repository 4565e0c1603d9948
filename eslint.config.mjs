import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers point one way: app → components → lib → db. These patterns hold the line.
// (Imports across top-level folders use the @/ alias; relative ones stay inside a module.)
const fromUpperLayers = [
  { regex: "^@/components(/|$)", message: "lib/ is the domain: it never imports the UI." },
  { regex: "^@/app(/|$)", message: "lib/ never imports routes, pages or actions." },
  { regex: "^@/tests(/|$)", message: "lib/ never imports tests; move what both need into lib/." },
];

const noDatabase = { regex: "^@/lib/db(/|$)", message: "Only lib/ reaches the database: call a lib/ domain function instead." };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx,mjs}"],
    rules: { "no-restricted-imports": ["error", { patterns: fromUpperLayers }] },
  },
  {
    // The framework and engine run unchanged in the browser, the server and the CLI.
    files: ["lib/readiness/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!zod$|\\.{1,2}/)", message: "lib/readiness imports only zod and itself (relative paths)." }] },
      ],
    },
  },
  {
    // The remediation plan's core is pure like the engine it reads: no UI, no database, no other domain.
    files: ["lib/remediation/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!zod$|@/lib/readiness$|@/lib/utils/[a-z-]+$|\\./)",
              message: "lib/remediation imports only zod, @/lib/readiness, @/lib/utils/* and its own files.",
            },
          ],
        },
      ],
    },
  },
  {
    // The integration plan's core is pure like the engine it reads: the web and the PDF draw the same layout models, and
    // the mapping sheet's paste, import and export run anywhere; `@/lib/readiness/client` lets the export run without zod.
    files: ["lib/integration-plan/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!zod$|@/lib/readiness(/client)?$|@/lib/utils/[a-z-]+$|\\./)",
              message: "lib/integration-plan imports only zod, @/lib/readiness, @/lib/utils/* and its own files.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pages, actions and route handlers call domain functions; only lib/ reaches the database.
    files: ["app/**/*.{ts,tsx}", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase] }] },
  },
  {
    // A form gets its server action from the page that renders it (as a prop), never by importing a route module.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noDatabase,
            { regex: "^@/app(/|$)", message: "Components never import from app/: take the server action as a prop from the page." },
          ],
        },
      ],
    },
  },
];

export default config;
