// Relative imports: Vite bundles these TypeScript files with the config.
import { PORTALS } from "../../packages/ui/src/portals.ts";
import { portalViteConfig } from "../../tooling/vite/src/index.ts";

export default portalViteConfig({ appDir: import.meta.dirname, portal: PORTALS.region, devPort: 5175 });
