// Vite's own declarations: `?raw` imports (the message files) are strings.
/// <reference types="vite/client" />
