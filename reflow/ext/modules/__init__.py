"""Node and Deno module resolution: package.json, specifiers, import maps."""
